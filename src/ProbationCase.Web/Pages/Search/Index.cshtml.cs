using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Search;

/// <summary>Find a person by CRN or name, among the cases the user may see; any signed-in role.</summary>
public sealed class IndexModel(PersonSearchQuery search) : GovUkPageModel
{
    [BindProperty(SupportsGet = true)]
    [TextLimit(200, Label = "CRN or name")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PersonSearchPage? Results { get; private set; }

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // First visit: the empty form, no error yet.
        if (!Request.Query.ContainsKey(nameof(Query)))
        {
            return Page();
        }

        if (!IsValid(new SearchValidator(), this, ""))
        {
            return PageWithErrors();
        }

        Results = await search.SearchAsync(Query!, PageNumber, cancellationToken);
        Pagination = Pagination.For(Results.Page, Results.PageCount, number =>
            QueryLinks.With("/Search", [new(nameof(Query), Query)], ("pageNumber", number.ToString(CultureInfo.InvariantCulture))));
        return Page();
    }

    private sealed class SearchValidator : AbstractValidator<IndexModel>
    {
        public SearchValidator()
        {
            RuleFor(x => x.Query).NotEmpty().WithMessage("Enter a CRN or name");
        }
    }
}
