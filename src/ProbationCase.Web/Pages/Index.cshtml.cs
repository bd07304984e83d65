using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Web.Pages;

/// <summary>Sends each role to its own home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(StaffRoles.SeniorProbationOfficer)) return RedirectToPage("/Spo/Index");
        if (User.IsInRole(StaffRoles.ResponsibleOfficer)) return RedirectToPage("/Officer/Index");
        if (User.IsInRole(StaffRoles.CourtLiaison)) return RedirectToPage("/Court/Index");
        if (User.IsInRole(StaffRoles.Administrator)) return RedirectToPage("/Admin/Index");
        return Forbid();
    }
}
