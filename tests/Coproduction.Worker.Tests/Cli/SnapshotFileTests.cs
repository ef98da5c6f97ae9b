using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Cli;

public sealed class SnapshotFileTests
{
    [Fact]
    public async Task Assess_DeviceThatNeverEnds_IsRefusedAtTheCapNamingIt()
    {
        // /dev/zero says its length is 0 and never ends; Windows has no such file.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (exitCode, output, error) = await ProgramProcess.RunAsync(["assess", "/dev/zero"]);

        exitCode.ShouldBe(2);
        error.ShouldBe("coproduction: /dev/zero: more than 64 MiB was read before its end; a snapshot may be at most 64 MiB");
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadAsync_FileOfExactlyTheCap_IsReadToItsEnd()
    {
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.OpenWrite(path))
            {
                file.SetLength(SnapshotFile.MaximumBytes);
            }

            // All NUL bytes: read whole, then refused as no JSON, not as too long.
            var error = await Should.ThrowAsync<InputException>(() => SnapshotFile.ReadAsync(new FileInfo(path), CancellationToken.None));

            error.Message.ShouldNotContain("MiB");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
