namespace Zhicheng.Web.Api;

/// <summary>Chinese titles for the problem documents the framework itself answers (status pages, errors, limits).</summary>
public static class ApiStatusTitles
{
    public static string? For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status401Unauthorized => "未登录或令牌无效",
        StatusCodes.Status403Forbidden => "无权访问",
        StatusCodes.Status404NotFound => "记录不存在或不在您的管辖范围内",
        StatusCodes.Status405MethodNotAllowed => "不支持该请求方法",
        StatusCodes.Status409Conflict => "记录已被他人修改",
        StatusCodes.Status413PayloadTooLarge => "请求内容超过上限",
        StatusCodes.Status415UnsupportedMediaType => "不支持该内容类型",
        StatusCodes.Status429TooManyRequests => "请求过于频繁，请稍后再试",
        StatusCodes.Status500InternalServerError => "服务器内部错误，请稍后重试；问题已记录",
        _ => null,
    };
}
