using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.State;

public sealed class WorkerStateTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task State_WrittenAndOpenedAgain_KeepsEverything()
    {
        var path = Path.Combine(_folder.Path, "nested", "state.db");
        using (var state = WorkerState.Open(path))
        {
            await state.SaveAsync("site|list", "http://127.0.0.1/delta?token=1", default);
            state.Apply("site", "team", new ListChangePage([new ItemChange("7", false, new Dictionary<string, object?> { ["PersonId"] = "p1", ["Seniority"] = 2.0 }, null, null)], true, "link"));
            state.RecordVersion("site", "3", new DocumentVersion(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), "sam@example.org", 120));
            state.SetWritten("site", "1", "abc", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "Developing");
            state.SaveFlag(new FlagRecord("site", "1", "Sole focus", "c1", "12", true, "fp"));
        }

        using var reopened = WorkerState.Open(path);

        (await reopened.GetAsync("site|list", default)).ShouldBe("http://127.0.0.1/delta?token=1");
        reopened.Items("site", "team").ShouldHaveSingleItem().Fields["Seniority"].ShouldBe(2.0);
        reopened.Versions("site", "3").ShouldHaveSingleItem().Account.ShouldBe("sam@example.org");
        reopened.Written("site", "1")!.Value.Stage.ShouldBe("Developing");
        reopened.Flags("site", "1").ShouldHaveSingleItem().ItemId.ShouldBe("12");
    }

    [Fact]
    public void Apply_ReadAfresh_ReplacesTheListAndDeletionsRemoveItems()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        ItemChange Item(string id) => new(id, false, new Dictionary<string, object?> { ["Title"] = id }, null, null);
        state.Apply("s", "log", new ListChangePage([Item("1"), Item("2"), Item("3")], true, "link"));

        state.Apply("s", "log", new ListChangePage([new ItemChange("2", true, new Dictionary<string, object?>(), null, null)], false, "link"));
        state.Items("s", "log").Select(i => i.Id).ShouldBe(["1", "3"]);

        state.Apply("s", "log", new ListChangePage([Item("3"), Item("4")], true, "link"));
        state.Items("s", "log").Select(i => i.Id).ShouldBe(["3", "4"]);
    }

    [Fact]
    public void Open_NewFile_IsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder.Path, "state.db");
        using var state = WorkerState.Open(path);

        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(path + "-wal").ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
