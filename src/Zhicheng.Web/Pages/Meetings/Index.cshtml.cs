using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Meetings;
using Zhicheng.Domain.Meetings;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Meetings;

/// <summary>
/// 评审会议 — the meetings the viewer runs (committee office) or supervises (bureaus), filtered by year and status, twenty
/// a page, exported to Excel. An expert is sent to the meetings they sit on; any other role finds no such page (404).
/// </summary>
public sealed class IndexModel(MeetingQueries queries) : PageModel
{
    /// <summary>The most rows one export carries.</summary>
    public const int MaxExportRows = 10_000;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public MeetingStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MeetingRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    /// <summary>Whether the viewer runs meetings (and so may schedule one).</summary>
    public bool Runs { get; private set; }

    public string QueryString => $"year={Year}&status={Status}";

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (Refusal(jurisdiction.Viewer) is { } refusal)
        {
            return refusal;
        }
        Runs = MeetingAccess.Runs(jurisdiction.Viewer);
        var (rows, total) = await queries.ListAsync(jurisdiction, Year, Status, PageNumber, Paging.Size, HttpContext.RequestAborted);
        Paging = Paging.Of(total, PageNumber);
        if (Paging.Page != PageNumber)
        {
            (rows, _) = await queries.ListAsync(jurisdiction, Year, Status, Paging.Page, Paging.Size, HttpContext.RequestAborted);
        }
        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (Refusal(jurisdiction.Viewer) is { } refusal)
        {
            return refusal;
        }
        var (rows, _) = await queries.ListAsync(jurisdiction, Year, Status, 1, MaxExportRows, HttpContext.RequestAborted);
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            ["会议编号"] = r.Number, ["评委会"] = r.Committee, ["会议日期"] = MeetingProblems.Day(r.HeldOn), ["地点"] = r.Place,
            ["状态"] = MeetingStatuses.Label(r.Status), ["评审人数"] = r.Candidates, ["评委人数"] = r.PanelSize,
            // The outcome only once the ballot is closed and counted (the sealed ballots are counted at the close).
            ["通过人数"] = r.Status >= MeetingStatus.Closed ? r.Passed : null,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, table, sheetName: "评审会议", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "评审会议.xlsx");
    }

    /// <summary>An expert goes to their own meetings; a role that neither runs nor supervises meetings finds nothing here.</summary>
    private IActionResult? Refusal(Viewer viewer) => viewer.Role switch
    {
        AccountRole.Expert => Redirect("/meetings/mine"),
        AccountRole.CommitteeOffice => null,
        _ when viewer.IsBureau => null,
        _ => NotFound(),
    };
}
