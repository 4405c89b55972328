using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Eligibility;

/// <summary>The contract's promise: the CLI, the API and an in-process call give the same answer for the same input.</summary>
public sealed class SameDecisionEverywhereTests(ZhichengFactory factory) : IClassFixture<ZhichengFactory>
{
    private readonly EligibilityService _service = new ServiceCollection()
        .AddEligibility(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<EligibilityService>();

    [Fact]
    public void CliApiAndInProcess_GiveTheSameAnswerForEveryGeneratedApplication()
    {
        var seeds = Gen.ListOf(Gen.Choose(0, int.MaxValue), 60).ToArbitrary();
        var property = Prop.ForAll(seeds, list => SameEverywhere([.. list.Select(RandomApplications.Make)]));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(4), property);
    }

    [Fact]
    public async Task SingleCheckEndpoint_AnswersWhatTheBatchAnswers()
    {
        var client = factory.CreateClient();
        foreach (var seed in Enumerable.Range(1, 25))
        {
            var application = RandomApplications.Make(seed);
            var single = await client.PostAsync("/api/v1/eligibility/check", new StringContent(application.ToJsonString(), Encoding.UTF8, "application/json"));
            var answer = JsonNode.Parse(await single.Content.ReadAsStringAsync())!;
            var expected = InProcess(application, 0);
            if (expected["errors"] is { } errors)
            {
                JsonNode.DeepEquals(answer["errors"], errors).ShouldBeTrue($"seed {seed}");
            }
            else
            {
                JsonNode.DeepEquals(answer, expected).ShouldBeTrue($"seed {seed}");
            }
        }
    }

    private bool SameEverywhere(IReadOnlyList<JsonObject> applications)
    {
        var inProcess = applications.Select(InProcess).ToList();

        var client = factory.CreateClient();
        var body = new JsonArray([.. applications.Select(a => a.DeepClone())]).ToJsonString();
        var response = client.PostAsync("/api/v1/eligibility/check-batch", new StringContent(body, Encoding.UTF8, "application/json")).Result;
        var api = response.Content.ReadFromJsonAsync<JsonArray>().Result!;

        using var dir = new TempDir();
        var file = dir.File("generated.jsonl");
        File.WriteAllLines(file, applications.Select(a => a.ToJsonString()));
        var cli = ZhichengProcess.Run("check", file, "--format", "jsonl").Result;
        var fromCli = cli.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToList();

        api.Count.ShouldBe(applications.Count);
        fromCli.Count.ShouldBe(applications.Count);
        for (var i = 0; i < applications.Count; i++)
        {
            JsonNode.DeepEquals(api[i], inProcess[i]).ShouldBeTrue($"API and in-process differ for {applications[i]["id"]}");
            JsonNode.DeepEquals(WithoutRow(fromCli[i]), inProcess[i]).ShouldBeTrue($"CLI and in-process differ for {applications[i]["id"]}");
        }
        return true;
    }

    /// <summary>What an in-process call answers, written in the contract's shape (a batch row's shape for a rejection).</summary>
    private JsonNode InProcess(JsonObject application, int index)
    {
        var parsed = ApplicationJson.Parse(Encoding.UTF8.GetBytes(application.ToJsonString()));
        var outcome = parsed.Input is null ? CheckOutcome.Rejected(parsed.Id, parsed.Errors) : _service.Check(parsed.Input);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            if (outcome.Decision is { } decision)
            {
                DecisionJson.Write(writer, decision);
            }
            else
            {
                DecisionJson.WriteRejected(writer, index, outcome.Id, null, outcome.Errors);
            }
        }
        return JsonNode.Parse(stream.ToArray())!;
    }

    /// <summary>The CLI adds the line number of a rejected row; the comparison is about the answer.</summary>
    private static JsonNode? WithoutRow(JsonNode? node)
    {
        if (node is JsonObject o && o.ContainsKey("row"))
        {
            o.Remove("row");
        }
        return node;
    }
}
