using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProbationCase.Domain;
using ProbationCase.Infrastructure.Persistence;
using ProbationCase.Web.Cases;
using ProbationCase.Web.Court;
using ProbationCase.Domain.Court;
using ProbationCase.Web.Forms;

namespace ProbationCase.Web.Pages.Court.Reports;

/// <summary>[seed 000 Rec, 001 §1.5] the typed record of an oral report (or the text of a written one).</summary>
public sealed class TypedRecordModel(ProbationCaseDbContext db, CaseAccess access, TimeProvider clock) : ReportPageModel(db, access)
{
    [BindProperty]
    public TypedRecordInput Input { get; set; } = new();


    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = new TypedRecordInput { Text = await ReadAsync(cancellationToken), Version = Heading.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenReportAsync(recordView: false, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!IsValid(new TypedRecordInputValidator(), Input, nameof(Input)))
        {
            return PageWithErrors();
        }

        var report = await Db.LoadReportAsync(Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Db.ExpectVersion(report, Input.Version);
        RuleField = $"{nameof(Input)}.{nameof(TypedRecordInput.Text)}";
        report.RecordTypedRecord(Input.Text!, clock.GetUtcNow());
        await Db.SaveChangesAsync(cancellationToken);

        return Redirect($"/Court/Reports/{Id}");
    }

    private Task<string?> ReadAsync(CancellationToken cancellationToken) =>
        Db.PreSentenceReports.AsNoTracking().Where(r => r.Id == Id).Select(r => r.TypedRecord).SingleAsync(cancellationToken);
}

public sealed class TypedRecordInput
{
    [MaxLengthOf<PreSentenceReport>(nameof(PreSentenceReport.TypedRecord), Label = "The typed record")]
    public string? Text { get; set; }

    public uint Version { get; set; }
}

public sealed class TypedRecordInputValidator : AbstractValidator<TypedRecordInput>
{
    public TypedRecordInputValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Enter the typed record of the report");
    }
}
