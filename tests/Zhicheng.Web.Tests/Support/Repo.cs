using System.Text.Json.Nodes;

namespace Zhicheng.Web.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples(string name) => Path.Combine(Root, "samples", name);

    /// <summary>samples/applications.json as JSON nodes, one per application.</summary>
    public static JsonArray SampleApplications() =>
        JsonNode.Parse(File.ReadAllText(Samples("applications.json")))!.AsArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhicheng.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Zhicheng.slnx not found above " + AppContext.BaseDirectory);
    }
}
