namespace Zhicheng.Web.Pages.Committees;

/// <summary>What a committee page says after a form did its work (the page redirects with <c>?done=…</c>).</summary>
public static class Notices
{
    public static string? Text(string? done) => done switch
    {
        "created" => "评委会已创建，备案草稿已生成。请核对备案内容后报送核准。",
        "refiled" => "已生成重新备案草稿，请核对后报送核准。",
        "saved" => "备案内容已保存。",
        "submitted" => "备案已报送核准。",
        "approved" => "已核准备案。",
        "returned" => "备案已退回修改。",
        "member-added" => "已添加评审专家。",
        "member-removed" => "已移除评审专家。",
        "suspended" => "已暂停该评委会的评审工作，限期整改。",
        "lifted" => "已恢复该评委会的评审工作。",
        "revoked" => "已收回该评委会的评审权。",
        "opened" => "已开始受理申报。",
        _ => null,
    };
}
