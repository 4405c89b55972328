using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Eligibility;

public sealed class EligibilityApiTests(ZhichengFactory factory) : IClassFixture<ZhichengFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Check_EligibleSample_AnswersDecisionWithEveryCheckAndItsClauses()
    {
        var sample = Repo.SampleApplications()[0]!;

        var response = await _client.PostAsync("/api/v1/eligibility/check", Json(sample));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var decision = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        decision["id"]!.GetValue<string>().ShouldBe("A-0001");
        decision["policy"]!.GetValue<string>().ShouldBe("N2024");
        decision["outcome"]!.GetValue<string>().ShouldBe("eligible");
        decision["countedTenureYears"]!.GetValue<int>().ShouldBe(5);
        var codes = decision["checks"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        codes.ShouldBe(["in_service", "specialty_match", "channel", "level_by_level", "transfer_required", "education",
            "achievements", "tenure", "latest_assessment", "same_year_conflict", "integrity"]);
        decision["checks"]![7]!["clauses"]!.AsArray().Select(c => c!.GetValue<string>())
            .ShouldBe(["N2024-3.2a", "N2024-3.3a", "N2024-3.3b"]);
    }

    [Fact]
    public async Task Check_ChineseText_IsWrittenAsCharactersNotEscapes()
    {
        var response = await _client.PostAsync("/api/v1/eligibility/check", Json(Repo.SampleApplications()[0]!));

        (await response.Content.ReadAsStringAsync()).ShouldContain("在职在岗");
    }

    [Fact]
    public async Task Check_BadFields_AnswersProblemNamingEachByJsonPath()
    {
        var sample = Repo.SampleApplications()[1]!;
        sample["applicant"]!["idNumber"] = "142701199001011235";
        sample["applicant"]!["assessments"]![2]!["grade"] = "很好";
        sample["materialDeadline"] = "2019-02-30";

        var response = await _client.PostAsync("/api/v1/eligibility/check", Json(sample));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["status"]!.GetValue<int>().ShouldBe(400);
        var errors = problem["errors"]!.AsArray().ToDictionary(e => e!["path"]!.GetValue<string>(), e => e!["message"]!.GetValue<string>());
        errors.Keys.ShouldBe(["materialDeadline", "applicant.idNumber", "applicant.assessments[2].grade"], ignoreOrder: true);
        errors["applicant.idNumber"].ShouldBe("身份证号码校验位错误");
        errors["materialDeadline"].ShouldContain("日期不存在");
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"applicationYear\": ", "$")]
    [InlineData("[1, 2]", "$")]
    [InlineData("{ \"applicationYear\": \"二〇二四\" }", "applicationYear")]
    [InlineData("{ \"applicant\": { \"assessments\": [ { \"year\": true } ] } }", "applicant.assessments[0].year")]
    public async Task Check_UnreadableBody_AnswersProblemAtPath(string body, string path)
    {
        var response = await _client.PostAsync("/api/v1/eligibility/check", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ShouldContain(path);
    }

    [Fact]
    public async Task Check_NonEngineeringSeriesWithoutRequirements_NamesTheRequirementsToSupply()
    {
        var sample = Repo.SampleApplications()[12]!;
        sample.AsObject().Remove("requirements");

        var response = await _client.PostAsync("/api/v1/eligibility/check", Json(sample));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>());
        paths.ShouldBe(["requirements.tenureYears", "requirements.minEducation", "requirements.minAchievements"]);
    }

    [Fact]
    public async Task CheckBatch_BadRowInTheMiddle_HoldsItsPlaceAndTheOthersAreDecided()
    {
        var samples = Repo.SampleApplications();
        samples[3]!["applicant"]!["idNumber"] = "14270119900101123";

        var response = await _client.PostAsync("/api/v1/eligibility/check-batch", Json(samples));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answers = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        answers.Count.ShouldBe(samples.Count);
        answers[3]!["index"]!.GetValue<int>().ShouldBe(3);
        answers[3]!["id"]!.GetValue<string>().ShouldBe("A-0004");
        answers[3]!["errors"]![0]!["path"]!.GetValue<string>().ShouldBe("applicant.idNumber");
        answers.Where((_, i) => i != 3).ShouldAllBe(a => a!["outcome"] != null);
    }

    [Fact]
    public async Task CheckBatch_NotAnArray_AnswersProblem()
    {
        var response = await _client.PostAsync("/api/v1/eligibility/check-batch", Json(Repo.SampleApplications()[0]!));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("数组");
    }

    [Fact]
    public async Task CheckBatch_MoreRowsThanTheLimit_AnswersTooLarge()
    {
        var row = Repo.SampleApplications()[0]!.ToJsonString();
        var body = "[" + string.Join(",", Enumerable.Repeat(row, 10_001)) + "]";

        var response = await _client.PostAsync("/api/v1/eligibility/check-batch", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("10000");
    }

    [Fact]
    public async Task OpenApi_DescribesBothEndpoints()
    {
        var document = await _client.GetFromJsonAsync<JsonNode>("/openapi/v1.json");

        var paths = document!["paths"]!.AsObject();
        paths.ShouldContainKey("/api/v1/eligibility/check");
        paths.ShouldContainKey("/api/v1/eligibility/check-batch");
        document["components"]!["schemas"]!.AsObject().ShouldContainKey("DecisionDocument");
    }

    [Fact]
    public async Task ApiReference_IsServedAtApi()
    {
        var response = await _client.GetAsync("/api");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("openapi/v1.json");
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
