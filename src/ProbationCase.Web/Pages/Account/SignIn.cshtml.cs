using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ProbationCase.Infrastructure.Identity;

namespace ProbationCase.Web.Pages.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signIn) : GovUkPageModel
{
    // The same words whether the account exists or not: never hint which.
    public const string FailedMessage = "Enter a correct email address and password";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect("/");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!IsValid(new SignInInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Locked");
        }

        if (!result.Succeeded)
        {
            Input.Password = null;
            return PageWithError($"{nameof(Input)}.{nameof(SignInInput.Email)}", FailedMessage);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

public sealed class SignInInputValidator : AbstractValidator<SignInInput>
{
    public SignInInputValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@probation.test");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
    }
}
