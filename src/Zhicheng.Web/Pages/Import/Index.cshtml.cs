using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Import;

namespace Zhicheng.Web.Pages.Import;

/// <summary>
/// 导入 — people, titles, assessments and education from the workbook employers hand over. The file is checked
/// whole first; any problem is listed by sheet, row and column and nothing is written. For bureau staff and
/// an employer's HR only, into units of their jurisdiction.
/// </summary>
public sealed class IndexModel(PeopleImport import, IOptions<ZhichengOptions> options) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ImportReport? Report { get; private set; }

    public string? UploadError { get; private set; }

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    [BindProperty]
    public string? Kind { get; set; }

    public IActionResult OnGet() => Allowed() is null ? NotFound() : Page();

    public IActionResult OnGetTemplate() =>
        Allowed() is null ? NotFound() : File(ImportTemplate.Build(), XlsxType, ImportTemplate.FileName);

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (Allowed() is not { } viewer)
        {
            return NotFound();
        }
        if (file is null || file.Length == 0)
        {
            UploadError = file is null ? "请选择要导入的文件（.xlsx 或 .csv）" : $"文件“{file.FileName}”是空的（0 字节）";
            return Page();
        }
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        ImportSheet? kind = null;
        if (extension == ".csv")
        {
            if (!ImportSheets.TryParse(Kind, out var sheet))
            {
                UploadError = "CSV 文件只含一种数据，请选择它是人员、职称、年度考核还是学历";
                return Page();
            }
            kind = sheet;
        }
        else if (extension != ".xlsx")
        {
            UploadError = $"不支持“{extension}”文件，请上传 .xlsx 或 .csv（Excel 可另存为这两种格式）";
            return Page();
        }
        // Two passes (check, then write) read the file twice; it is kept on disk, not in memory, meanwhile.
        var path = Path.GetTempFileName();
        try
        {
            await using (var copy = System.IO.File.Create(path))
            {
                await file.CopyToAsync(copy, HttpContext.RequestAborted);
            }
            var source = kind is { } k
                ? ImportFile.Csv(file.FileName, () => System.IO.File.OpenRead(path), k)
                : ImportFile.Xlsx(file.FileName, () => System.IO.File.OpenRead(path));
            Report = await import.RunAsync(source, viewer, cancellationToken: HttpContext.RequestAborted);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        return Page();
    }

    private Viewer? Allowed() => Viewer.From(User) is { ManagesPeople: true } viewer ? viewer : null;
}
