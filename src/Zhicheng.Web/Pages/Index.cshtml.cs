using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhicheng.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
