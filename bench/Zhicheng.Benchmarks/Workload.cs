using System.Text.Json;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Benchmarks.Generation;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Benchmarks;

/// <summary>An application already validated, with the requirements the service resolved for it: what the engine decides.</summary>
public sealed record DecidableCase(string Source, EligibilityApplication Application, Requirements Requirements);

/// <summary>
/// The inputs every benchmark and the agreement check share: the 13 sample applications and a generated
/// mix, as contract inputs, as JSON lines, and (for the valid ones) validated with their requirements.
/// </summary>
public sealed class Workload
{
    public static readonly EligibilityEngine Engine = new(PolicyVersion.N2024);
    public static readonly EligibilityService Service = new(Engine, new SampleEngineeringStandard());

    private Workload(IReadOnlyList<ApplicationInput> inputs, IReadOnlyList<byte[]> lines)
    {
        Inputs = inputs;
        Lines = lines;
        var cases = new List<DecidableCase>(inputs.Count);
        foreach (var input in inputs)
        {
            if (ToCase(input) is { } c)
            {
                cases.Add(c);
            }
        }
        Cases = cases;
    }

    /// <summary>Every input as submitted, bad rows included.</summary>
    public IReadOnlyList<ApplicationInput> Inputs { get; }

    /// <summary>Every row as a JSON line (UTF-8, no line break), broken lines included.</summary>
    public IReadOnlyList<byte[]> Lines { get; }

    /// <summary>The rows the service decides (valid, with a standard or requirements).</summary>
    public IReadOnlyList<DecidableCase> Cases { get; }

    /// <summary>The 13 cases of <c>samples/applications.json</c>.</summary>
    public static Workload Samples()
    {
        var path = SamplesPath();
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var inputs = new List<ApplicationInput>();
        var lines = new List<byte[]>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var line = System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
            var parsed = ApplicationJson.Parse(line);
            inputs.Add(parsed.Input ?? throw new InvalidOperationException($"{path}: a sample does not parse: {parsed.Errors[0].Message}"));
            lines.Add(line);
        }
        return new Workload(inputs, lines);
    }

    /// <summary>A generated mix as the scale test writes it (about 2% bad rows).</summary>
    public static Workload Mix(int count, int seed = 2024)
    {
        var generator = new ApplicationGenerator(seed);
        var inputs = new List<ApplicationInput>(count);
        var lines = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var row = generator.Next(i);
            lines.Add(GeneratedJson.Line(row));
            if (row.Input is not null)
            {
                inputs.Add(row.Input);
            }
        }
        return new Workload(inputs, lines);
    }

    /// <summary>A generated mix of valid rows only: every one is decided.</summary>
    public static Workload ValidMix(int count, int seed = 2024)
    {
        var generator = new ApplicationGenerator(seed);
        var inputs = new List<ApplicationInput>(count);
        var lines = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var input = generator.NextValid(i);
            inputs.Add(input);
            lines.Add(GeneratedJson.Line(new GeneratedRow(RowKind.Valid, input, null)));
        }
        return new Workload(inputs, lines);
    }

    /// <summary>
    /// Validates the input and takes the requirements from the service's own decision, so that the
    /// benchmarks decide exactly what the service would, without copying its requirement resolution.
    /// </summary>
    private static DecidableCase? ToCase(ApplicationInput input)
    {
        var validated = ApplicationValidator.Validate(input);
        if (validated.Application is not { } application)
        {
            return null;
        }
        var outcome = Service.Check(input);
        return outcome.Decision is { } decision ? new DecidableCase(input.Id ?? "", application, decision.Requirements) : null;
    }

    private static string SamplesPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "samples", "applications.json");
        if (File.Exists(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "applications.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("samples/applications.json not found beside the program or above the working directory.");
    }
}
