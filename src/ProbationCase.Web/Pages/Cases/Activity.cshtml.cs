using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain.Contacts;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Cases.Queries;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Cases;

/// <summary>The activity log: every contact, newest first, with GET filters.</summary>
public sealed class ActivityModel(ActivityLogQuery query, ProbationCaseDbContext db, IAuthorizationService authorization) : CasePageModel
{
    public const string NotRecorded = "not-recorded";

    [BindProperty(SupportsGet = true)]
    public ActivityFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public string PersonName { get; private set; } = string.Empty;

    public string Crn { get; private set; } = string.Empty;

    public ActivityLogPage? Log { get; private set; }

    /// <summary>Responsible officers and SPOs record, correct and reclassify; other roles only read.</summary>
    public bool CanChangeContacts { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Corrected { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Reclassified { get; set; }

    public Pagination Pagination { get; private set; } = Pagination.For(1, 1, _ => "");

    public List<SelectListItem> TypeOptions { get; } =
        [new("Any", ""), .. Enum.GetValues<ContactType>().Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString()))];

    public List<SelectListItem> OutcomeOptions { get; } =
        [new("Any", ""), new("Outcome not recorded", NotRecorded), .. Enum.GetValues<ContactOutcome>().Select(outcome => new SelectListItem(UiDefaults.Of(outcome), outcome.ToString()))];

    public List<SelectListItem> RequirementOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == PersonId)
            .Select(p => new { p.FirstName, p.LastName, p.Crn }).SingleAsync(cancellationToken);
        PersonName = $"{person.FirstName} {person.LastName}";
        Crn = person.Crn.Value;
        CanChangeContacts = (await authorization.AuthorizeAsync(User, AccessPolicies.ResponsibleOfficer)).Succeeded;
        var requirements = await query.RequirementsAsync(PersonId, cancellationToken);
        RequirementOptions =
        [
            new("Any", ""),
            .. requirements.Select(r => new SelectListItem($"{UiDefaults.Of(r.Type)} (sentenced {UiDefaults.Date(r.SentenceDate)})", r.Id.ToString())),
        ];

        if (!IsValid(new ActivityFilterValidator(), Filter, nameof(Filter)))
        {
            return PageWithErrors();
        }

        Filter.From.TryToDateOnly(out var from);
        Filter.To.TryToDateOnly(out var to);
        var outcomeFilter = Filter.Outcome == NotRecorded ? ActivityOutcomeFilter.NotRecorded
            : Enum.TryParse<ContactOutcome>(Filter.Outcome, out _) ? ActivityOutcomeFilter.Code
            : ActivityOutcomeFilter.Any;
        Log = await query.GetAsync(
            new ActivityLogRequest(
                PersonId,
                Enum.TryParse<ContactType>(Filter.Type, out var type) && Enum.IsDefined(type) ? type : null,
                outcomeFilter,
                Enum.TryParse<ContactOutcome>(Filter.Outcome, out var code) && Enum.IsDefined(code) ? code : null,
                Guid.TryParse(Filter.Requirement, out var requirementId) && requirements.Exists(r => r.Id == requirementId) ? requirementId : null,
                Filter.From.IsEmpty ? null : from,
                Filter.To.IsEmpty ? null : to,
                Filter.RarOnly,
                PageNumber),
            cancellationToken);
        Pagination = Pagination.For(Log.Page, Log.PageCount, PageLink);
        return Page();
    }

    private string PageLink(int number) => QueryLinks.With(
        $"/Cases/{PersonId}/Activity",
        [
            new("Filter.Type", Filter.Type),
            new("Filter.Outcome", Filter.Outcome),
            new("Filter.Requirement", Filter.Requirement),
            new("Filter.From.Day", Filter.From.Day),
            new("Filter.From.Month", Filter.From.Month),
            new("Filter.From.Year", Filter.From.Year),
            new("Filter.To.Day", Filter.To.Day),
            new("Filter.To.Month", Filter.To.Month),
            new("Filter.To.Year", Filter.To.Year),
            new("Filter.RarOnly", Filter.RarOnly ? "true" : null),
        ],
        ("pageNumber", number.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>The activity log's filters, in the order the page asks them.</summary>
public sealed class ActivityFilter
{
    public string? Type { get; set; }

    public string? Outcome { get; set; }

    public string? Requirement { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    public bool RarOnly { get; set; }
}

public sealed class ActivityFilterValidator : AbstractValidator<ActivityFilter>
{
    public ActivityFilterValidator()
    {
        RuleFor(x => x.From).MustBeRealDate("Date from", "Enter a date from").When(x => !x.From.IsEmpty);
        RuleFor(x => x.To).MustBeRealDate("Date to", "Enter a date to").When(x => !x.To.IsEmpty);
        RuleFor(x => x.To)
            .Must((filter, to) => !filter.From.TryToDateOnly(out var from) || !to.TryToDateOnly(out var until) || until >= from)
            .WithMessage("Date to must be the same as or after date from")
            .When(x => !x.From.IsEmpty && !x.To.IsEmpty);
    }
}
