using Coproduction.Graph.Mapping;

namespace Coproduction.RequestHarness;

/// <summary>Says how loading the site is going, every hundred courses.</summary>
internal sealed class Reporter(int total) : IProgress<ImportReport>
{
    private int _done;

    public void Report(ImportReport value)
    {
        if (++_done % 100 == 0 || _done == total)
        {
            Console.WriteLine($"  loaded {_done} of {total} courses");
        }
    }
}
