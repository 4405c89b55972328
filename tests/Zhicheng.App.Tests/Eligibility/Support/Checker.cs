using System.Text.Json;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Tests.Eligibility.Support;

/// <summary>The eligibility feature as the CLI and the API wire it: policy N2024 and the sample engineering standard.</summary>
internal static class Checker
{
    public static EligibilityService Service { get; } = new(new EligibilityEngine(PolicyVersion.N2024), new SampleEngineeringStandard());

    public static EligibilityBatch Batch { get; } = new(Service);

    public static CheckOutcome Check(ApplicationInput input) => Service.Check(input);

    public static CheckOutcome Check(AnApplication application) => Service.Check(application.Build());

    /// <summary>Every row of a file, decided or rejected, in order.</summary>
    public static List<RowOutcome> File(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return [.. ApplicationFile.Read(stream, ApplicationFile.FormatOf(path)).Select(Service.Check)];
    }

    /// <summary>A decision as the contract writes it, for comparing decisions made from different inputs.</summary>
    public static string Json(Decision decision) =>
        JsonSerializer.Serialize(DecisionDocument.From(decision), DecisionJsonContext.Default.DecisionDocument);

    /// <summary>The repository's file, found from the test binaries.</summary>
    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Zhicheng.slnx")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        throw new FileNotFoundException("Zhicheng.slnx not found above the test binaries", relative);
    }
}
