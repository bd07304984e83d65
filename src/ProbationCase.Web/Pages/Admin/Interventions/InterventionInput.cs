using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProbationCase.Domain.Interventions;
using ProbationCase.Web.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Admin.Interventions;

/// <summary>An intervention as entered on the add and change pages.</summary>
public sealed class InterventionInput
{
    [MaxLengthOf<Intervention>(nameof(Intervention.Name), Label = "Name")]
    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Sessions { get; set; }

    [MaxLengthOf<Intervention>(nameof(Intervention.Provider), Label = "Provider")]
    public string? Provider { get; set; }

    [MaxLengthOf<Intervention>(nameof(Intervention.Location), Label = "Where it runs")]
    public string? Location { get; set; }

    public bool IsWomenOnly { get; set; }

    public string? Availability { get; set; }

    public uint Version { get; set; }

    // Read by model validation on every post, so they never throw: null until the answer is valid.
    public InterventionType? TypeChoice => Enum.TryParse<InterventionType>(Type, out var type) && Enum.IsDefined(type) ? type : null;

    public int? SessionCount => int.TryParse(Sessions?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sessions) ? sessions : null;

    public bool IsAvailableNow => Availability == "available";

    public static IReadOnlyList<SelectListItem> TypeOptions { get; } =
        Enum.GetValues<InterventionType>().Select(type => new SelectListItem(UiDefaults.Of(type), type.ToString())).ToList();

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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the intervention name");
        RuleFor(x => x.Type).Must((input, _) => input.TypeChoice is not null)
            .WithMessage("Select whether it is an accredited programme or a RAR activity");
        RuleFor(x => x.Sessions).NotEmpty().WithMessage("Enter the number of sessions")
            .Must((input, _) => input.SessionCount is not null)
            .WithMessage("Sessions must be a whole number, like 12");
        RuleFor(x => x.Provider).NotEmpty().WithMessage("Enter who provides the intervention");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter where the intervention is delivered");
        RuleFor(x => x.Availability).Must(value => value is "available" or "unavailable").WithMessage("Select whether it is available now");
    }
}
