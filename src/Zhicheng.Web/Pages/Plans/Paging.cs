namespace Zhicheng.Web.Pages.Plans;

/// <summary>Which page of a list is shown: twenty rows a page, pages counted from 1, a page past the end shows the last.</summary>
public sealed record Paging(int Page, int Pages, int Total)
{
    public const int Size = 20;

    public int Skip => (Page - 1) * Size;

    public static Paging Of(int total, int requested)
    {
        var pages = Math.Max(1, (total + Size - 1) / Size);
        return new Paging(Math.Clamp(requested, 1, pages), pages, total);
    }
}
