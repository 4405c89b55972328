using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.App.Features.People;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Auth;

namespace Zhicheng.Web.Pages.People;

/// <summary>人员 — the people in the viewer's jurisdiction, searched by name or identity number, twenty a page.</summary>
public sealed class IndexModel(PeopleDirectory directory) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>From the query string only: Razor Pages' own route value is also called "page" and would win.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int? Unit { get; set; }

    public PeoplePage Result { get; private set; } = new([], 1, PageSize, 0, false);

    public async Task<IActionResult> OnGetAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        if (jurisdiction.Viewer.Role == AccountRole.Applicant && jurisdiction.Viewer.PersonId is { } self)
        {
            return Redirect($"/people/{self}");
        }
        Result = await directory.SearchAsync(jurisdiction, Query, Unit, PageNumber, PageSize, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The search's rows as an Excel workbook (identity numbers as this viewer sees them).</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var jurisdiction = await HttpContext.JurisdictionAsync();
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var p in directory.ExportAsync(jurisdiction, Query, Unit, HttpContext.RequestAborted))
        {
            rows.Add(new Dictionary<string, object?>
            {
                ["姓名"] = p.Name, ["身份证号"] = p.IdNumber, ["性别"] = p.Sex == Domain.Identity.Sex.Male ? "男" : "女",
                ["出生日期"] = p.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["单位"] = p.Unit,
                ["现岗位系列"] = p.PostSeries, ["现岗位专业"] = p.PostSpecialty, ["现职称"] = p.CurrentTitle,
            });
        }
        var output = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(output, rows, sheetName: "人员", cancellationToken: HttpContext.RequestAborted);
        output.Position = 0;
        return File(output, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "人员名单.xlsx");
    }

    public string ExportLink => $"/people?handler=Export&q={Uri.EscapeDataString(Query ?? "")}&unit={Unit}";

    public string PageLink(int page) => $"/people?q={Uri.EscapeDataString(Query ?? "")}&unit={Unit}&page={page}";
}
