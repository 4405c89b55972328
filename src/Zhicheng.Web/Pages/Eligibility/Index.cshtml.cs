using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zhicheng.App.Features.Eligibility;
using Zhicheng.Domain.Eligibility;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Web.Pages.Eligibility;

/// <summary>
/// 资格自查: one application by form, or a CSV/XLSX file of them, decided by the same service as the API
/// and the CLI. Works without JavaScript.
/// </summary>
public sealed class IndexModel(EligibilityService service, PolicyVersion policy, IOptions<ZhichengOptions> options) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    public Decision? Decision { get; private set; }
    public IReadOnlyList<InputError> Errors { get; private set; } = [];
    public UploadReport? Report { get; private set; }
    public string? UploadError { get; private set; }
    public PolicyVersion Policy { get; } = policy;
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public void OnGet(bool example = false) => Input = example ? EligibilityForm.Example() : EligibilityForm.Pad(new ApplicationInput());

    public void OnPostCheck()
    {
        var bindingErrors = EligibilityForm.BindingErrors(ModelState, nameof(Input));
        EligibilityForm.Compact(Input);
        if (bindingErrors.Count > 0)
        {
            Errors = bindingErrors;
        }
        else
        {
            var outcome = service.Check(Input);
            Decision = outcome.Decision;
            Errors = outcome.Errors;
        }
        EligibilityForm.Pad(Input);
    }

    public IActionResult OnPostUpload(IFormFile? file) => WithRows(file, outcomes =>
    {
        Report = UploadReport.Build(file!.FileName, outcomes, options.Value.PageRows);
        return Page();
    });

    public IActionResult OnPostExport(IFormFile? file) => WithRows(file, outcomes =>
    {
        var output = new MemoryStream();
        DecisionSpreadsheet.Write(output, outcomes);
        output.Position = 0;
        return File(output, XlsxType, $"审查结果-{Path.GetFileNameWithoutExtension(file!.FileName)}.xlsx");
    });

    /// <summary>The blank template: every column with its Chinese header, one example row, and a sheet explaining each column.</summary>
    public IActionResult OnGetTemplate()
    {
        var output = new MemoryStream();
        ApplicationSpreadsheet.WriteXlsx(output, [EligibilityForm.Compact(EligibilityForm.Example())]);
        output.Position = 0;
        return File(output, XlsxType, "职称申报资格审查模板.xlsx");
    }

    public string? ErrorFor(string path) =>
        Errors.Where(e => string.Equals(e.Path, path, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).FirstOrDefault();

    public string Css(string path) => ErrorFor(path) is null ? "" : "invalid";

    /// <summary>
    /// Decides an uploaded file's rows as <paramref name="use"/> reads them; a missing, empty or unreadable file
    /// re-shows the page saying why.
    /// </summary>
    private IActionResult WithRows(IFormFile? file, Func<IEnumerable<RowOutcome>, IActionResult> use)
    {
        EligibilityForm.Pad(Input);
        if (file is null || file.Length == 0)
        {
            UploadError = file is null ? "请选择要上传的文件（.xlsx 或 .csv）" : $"{file.FileName}：文件是空的";
            return Page();
        }
        try
        {
            var rows = ApplicationFile.Read(file.OpenReadStream(), ApplicationFile.FormatOf(file.FileName));
            return use(rows.Select(service.Check));
        }
        catch (InputFileException ex)
        {
            UploadError = $"{file.FileName}：{ex.Message}";
            return Page();
        }
    }
}

/// <summary>An uploaded file's decisions: the counts of all rows, and the first rows to show.</summary>
public sealed record UploadReport(string FileName, BatchSummary Summary, IReadOnlyList<RowOutcome> Rows, bool Truncated)
{
    public static UploadReport Build(string fileName, IEnumerable<RowOutcome> outcomes, int shown)
    {
        var summary = new BatchSummary();
        var rows = new List<RowOutcome>();
        foreach (var outcome in outcomes)
        {
            summary.Count(outcome.Outcome);
            if (rows.Count < shown)
            {
                rows.Add(outcome);
            }
        }
        return new UploadReport(fileName, summary, rows, summary.Total > rows.Count);
    }
}
