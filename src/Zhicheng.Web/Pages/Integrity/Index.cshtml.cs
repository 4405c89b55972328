using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Integrity;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Integrity;
using Zhicheng.Web.Auth;
using Zhicheng.Web.Pages.Plans;

namespace Zhicheng.Web.Pages.Integrity;

/// <summary>
/// 诚信档案 (N2024-4.4) — the archive as a bureau searches it: by identity number or name, optionally only the records
/// inside the record period, twenty a page, with an Excel export; and the form to enter a record. Only bureaus reach
/// the page (anyone else is answered 404); identity numbers are shown as <see cref="IdNumbers.Show"/> allows.
/// </summary>
public sealed class IndexModel(IntegrityArchive archive) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "active")]
    public bool ActiveOnly { get; set; }

    // From the query string only: Razor Pages keeps the page's own name in the route value "page".
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public IntegrityInput Input { get; set; } = new();

    public IReadOnlyList<IntegrityEntry> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(0, 1);

    public FormProblems Problems { get; private set; } = FormProblems.None;

    public Viewer Viewer { get; private set; } = null!;

    public int RecordYears => archive.RecordYears;

    public bool IsActive(IntegrityEntry entry) => archive.IsActive(entry);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await BureauAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>录入: the new record's page, or the form again with every problem beside its field.</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await BureauAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        var added = await archive.AddAsync(jurisdiction, Input.ToForm(), HttpContext.RequestAborted);
        if (added.Succeeded)
        {
            return Redirect($"/integrity/{added.Value!.Id}?done=added");
        }
        Problems = new FormProblems("未能录入", added.Problems);
        await LoadAsync(jurisdiction);
        return Page();
    }

    /// <summary>The records found, every one of them, as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        if (await BureauAsync() is not { } jurisdiction)
        {
            return NotFound();
        }
        var entries = await archive.Search(jurisdiction, Query, ActiveOnly).ToListAsync(HttpContext.RequestAborted);
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            ["公民身份号码"] = IdNumbers.Show(e.IdNumber, Viewer), ["姓名"] = e.Name, ["对象类别"] = IntegrityLabels.Subject(e.Subject),
            ["失信行为类别"] = Codes.IntegrityKind.Label(e.Kind), ["失信行为"] = e.Description, ["证据"] = e.Evidence,
            ["认定机关"] = e.Authority?.Name, ["认定日期"] = Iso(e.DecidedOn), ["状态"] = State(e), ["取消申报资格的申报"] = e.ApplicationId,
            ["录入人"] = e.RecordedBy, ["更正说明"] = e.CorrectionNote,
        }).ToList();
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "诚信档案", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "诚信档案.xlsx");
    }

    public string QueryString => $"q={Uri.EscapeDataString(Query ?? "")}&active={(ActiveOnly ? "true" : "false")}";

    public string PageLink(int page) => $"/integrity?{QueryString}&page={page}";

    public string State(IntegrityEntry entry) => EntryState.Text(archive, entry);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Jurisdiction?> BureauAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        Viewer = jurisdiction.Viewer;
        return Viewer.IsBureau ? jurisdiction : null;
    }

    private async Task LoadAsync(Jurisdiction jurisdiction)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var found = archive.Search(jurisdiction, Query, ActiveOnly);
        Paging = Paging.Of(await found.CountAsync(cancellationToken), PageNumber);
        Rows = await found.Skip(Paging.Skip).Take(Paging.Size).ToListAsync(cancellationToken);
    }
}
