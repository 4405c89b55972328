using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Meetings;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// 评委席 — a meeting as one of its experts sees it: the list (never the panel), their own review group and its scoring
/// forms while the panel prepares, and their secret ballot while the ballot is open (one choice per candidate, once).
/// A meeting the expert does not sit on: 404.
/// </summary>
public sealed class SeatModel(MeetingQueries queries, GroupReview review, SecretBallot ballot) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public ExpertMeetingView View { get; private set; } = null!;
    public EvaluationMeeting Meeting => View.Meeting;
    public PanelSeat Seat => View.Seat;
    public MeetingProblems Problems { get; private set; } = MeetingProblems.None;

    /// <summary>The candidate whose scoring form was refused, and what it posted.</summary>
    public int? ScoredCandidate { get; private set; }
    public ScoreInput? Scored { get; private set; }

    /// <summary>What a refused ballot chose, to show again.</summary>
    public IReadOnlyDictionary<int, string> Chosen { get; private set; } = new Dictionary<int, string>();

    public string? GroupName => Meeting.Groups.FirstOrDefault(g => g.Id == Seat.GroupId)?.Name;
    public IEnumerable<CandidateRow> MyCandidates => View.Candidates.Where(c => Seat.GroupId is not null && c.Candidate.GroupId == Seat.GroupId);
    public bool Scores => Meeting.Status == MeetingStatus.PanelDrawn && Seat.Present && Seat.GroupId is not null;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostScoreAsync(int candidateId, ScoreInput score)
    {
        var outcome = await review.ScoreAsync(await HttpContext.JurisdictionAsync(), Id, candidateId, score.ToForm(), HttpContext.RequestAborted);
        (ScoredCandidate, Scored) = (candidateId, score);
        return await Answer(outcome, "scored");
    }

    /// <summary>提交选票: the choice for each candidate by id (同意 Yes / 不同意 No / 弃权 Abstain).</summary>
    public async Task<IActionResult> OnPostBallotAsync(Dictionary<int, string>? choices)
    {
        choices ??= [];
        var parsed = new Dictionary<int, VoteChoice>();
        var problems = new List<Problem>();
        foreach (var (candidate, text) in choices)
        {
            if (Enum.TryParse<VoteChoice>(text, out var choice) && Enum.IsDefined(choice))
            {
                parsed[candidate] = choice;
            }
            else
            {
                problems.Add(new Problem($"choices.{candidate}", "表决只能是同意、不同意或弃权"));
            }
        }
        Chosen = choices;
        var outcome = problems.Count > 0
            ? Outcome<int>.Refused(problems)
            : await ballot.CastAsync(await HttpContext.JurisdictionAsync(), Id, parsed, HttpContext.RequestAborted);
        return await Answer(outcome, "voted");
    }

    private async Task<IActionResult> Answer<T>(Outcome<T> outcome, string done)
    {
        if (outcome.IsNotFound)
        {
            return NotFound();
        }
        if (outcome.Succeeded)
        {
            return Redirect($"/meetings/{Id}/seat?done={done}");
        }
        Done = null;
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Problems = new MeetingProblems(outcome.Problems);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var viewer = (await HttpContext.JurisdictionAsync()).Viewer;
        if (await queries.ForSeatAsync(viewer, Id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }
}

/// <summary>The scoring form of one candidate: the five dimensions (0–100) and the group's opinion.</summary>
public sealed class ScoreInput
{
    public int? MoralCharacter { get; set; }
    public int? ProfessionalEthics { get; set; }
    public int? ProfessionalAbility { get; set; }
    public int? TechnicalLevel { get; set; }
    public int? AcademicInfluence { get; set; }
    public string? Opinion { get; set; }

    public ScoreForm ToForm() => new(MoralCharacter, ProfessionalEthics, ProfessionalAbility, TechnicalLevel, AcademicInfluence, Opinion);

    /// <summary>The fields in the standard's order: the service's field name, the Chinese label, the posted value.</summary>
    public IReadOnlyList<(string Field, string Label, int? Value)> Fields =>
    [
        ("moralCharacter", "思想品德", MoralCharacter), ("professionalEthics", "职业道德", ProfessionalEthics),
        ("professionalAbility", "专业能力", ProfessionalAbility), ("technicalLevel", "技术水平", TechnicalLevel),
        ("academicInfluence", "学术影响力", AcademicInfluence),
    ];

    public static ScoreInput From(MeetingCandidate c) => new()
    {
        MoralCharacter = c.MoralCharacter, ProfessionalEthics = c.ProfessionalEthics, ProfessionalAbility = c.ProfessionalAbility,
        TechnicalLevel = c.TechnicalLevel, AcademicInfluence = c.AcademicInfluence, Opinion = c.Opinion,
    };
}
