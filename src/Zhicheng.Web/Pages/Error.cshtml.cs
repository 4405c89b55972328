using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhicheng.Web.Pages;

/// <summary>What went wrong, in Chinese: an unhandled error, or a status code a page request ended with.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(Microsoft.Extensions.Options.IOptions<ZhichengOptions> options) : PageModel
{
    public int? Code { get; private set; }
    public string? RequestId { get; private set; }
    public string Title { get; private set; } = "出错了";
    public string Explanation { get; private set; } = "系统处理请求时出现问题，已记录。请稍后重试。";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>The status a page request ended with (re-executed here), or null for an unhandled error.</summary>
    private void Describe()
    {
        int? code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        Code = code;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Title, Explanation) = code switch
        {
            404 => ("页面不存在", "没有找到这个页面，可能地址有误或页面已移动。"),
            400 => ("请求无效", "提交的内容无法处理。如果是表单，请回到原页面刷新后重新提交。"),
            403 => ("没有权限", "您没有访问这个页面的权限。"),
            413 => ("上传的文件过大", $"文件超过了系统允许的大小（每次最多 {options.Value.MaxUploadBytes / 1024 / 1024} MB），请拆分后分批上传。"),
            null or >= 500 => (Title, Explanation),
            _ => ("无法完成请求", $"请求未能完成（状态码 {code}）。"),
        };
        if (code is not null)
        {
            Response.StatusCode = code.Value;
        }
    }
}
