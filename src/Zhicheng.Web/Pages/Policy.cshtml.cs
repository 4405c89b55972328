using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhicheng.Domain.Policy;

namespace Zhicheng.Web.Pages;

/// <summary>The notice's clauses and the interpretations, for anyone to read.</summary>
public sealed class PolicyModel(PolicyVersion policy) : PageModel
{
    public PolicyVersion Policy { get; } = policy;

    public void OnGet()
    {
    }
}
