using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Interventions;
using ProbationCase.Web.Court;

namespace ProbationCase.Web.Pages.Admin.Interventions;

/// <summary>An intervention as entered on the add and change pages.</summary>
public sealed class InterventionInput
{
    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Sessions { get; set; }

    public string? Provider { get; set; }

    public string? Location { get; set; }

    public bool IsWomenOnly { get; set; }

    public string? Availability { get; set; }

    public uint Version { get; set; }

    public InterventionType TypeChoice => Enum.Parse<InterventionType>(Type!);

    public int SessionCount => int.Parse(Sessions!.Trim(), CultureInfo.InvariantCulture);

    public bool IsAvailableNow => Availability == "available";

    public static IReadOnlyList<SelectListItem> TypeOptions { get; } =
        Enum.GetValues<InterventionType>().Select(type => new SelectListItem(CourtText.InterventionType(type), type.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> AvailabilityOptions { get; } =
    [
        new("Available now", "available"),
        new("Not available now", "unavailable"),
    ];

    public static InterventionInput From(Intervention intervention, uint version)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        return new InterventionInput
        {
            Name = intervention.Name,
            Type = intervention.Type.ToString(),
            Sessions = intervention.Sessions.ToString(CultureInfo.InvariantCulture),
            Provider = intervention.Provider,
            Location = intervention.Location,
            IsWomenOnly = intervention.IsWomenOnly,
            Availability = intervention.IsAvailableNow ? "available" : "unavailable",
            Version = version,
        };
    }
}

public sealed class InterventionInputValidator : AbstractValidator<InterventionInput>
{
    public InterventionInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the intervention name").MaximumLength(200).WithMessage("Name must be 200 characters or fewer");
        RuleFor(x => x.Type).Must(type => Enum.TryParse<InterventionType>(type, out var parsed) && Enum.IsDefined(parsed))
            .WithMessage("Select whether it is an accredited programme or a RAR activity");
        RuleFor(x => x.Sessions).NotEmpty().WithMessage("Enter the number of sessions")
            .Must(sessions => int.TryParse(sessions?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Sessions must be a whole number, like 12");
        RuleFor(x => x.Provider).NotEmpty().WithMessage("Enter who provides the intervention").MaximumLength(200).WithMessage("Provider must be 200 characters or fewer");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter where the intervention is delivered").MaximumLength(200).WithMessage("Where it runs must be 200 characters or fewer");
        RuleFor(x => x.Availability).Must(value => value is "available" or "unavailable").WithMessage("Select whether it is available now");
    }
}
