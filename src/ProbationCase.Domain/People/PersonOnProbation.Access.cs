using System.Linq.Expressions;
using ProbationCase.Domain.Access;

namespace ProbationCase.Domain.People;

/// <summary>Limited access: an exclusion list or a restriction list [DOMAIN.md §12].</summary>
public sealed partial class PersonOnProbation
{
    private readonly List<CaseAccessEntry> _accessEntries = [];

    public AccessLimitation AccessLimitation { get; private set; }

    /// <summary>All entries, including removed ones (history). Use <see cref="ActiveAccessEntries"/> for the current list.</summary>
    public IReadOnlyCollection<CaseAccessEntry> AccessEntries => _accessEntries.AsReadOnly();

    public IReadOnlyCollection<CaseAccessEntry> ActiveAccessEntries => _accessEntries.Where(entry => entry.IsActive).ToList().AsReadOnly();

    /// <summary>
    /// The same test as <see cref="CanBeSeenBy"/> as an expression a query can filter on, so restricted
    /// cases never leave the database for staff who may not see them [DOMAIN.md §12].
    /// </summary>
    public static Expression<Func<PersonOnProbation, bool>> VisibleTo(Guid staffUserId) =>
        person => person.AccessLimitation == AccessLimitation.None
            || (person.AccessLimitation == AccessLimitation.Exclusion
                && !person.AccessEntries.Any(entry => entry.RemovedAt == null && entry.StaffUserId == staffUserId))
            || (person.AccessLimitation == AccessLimitation.Restriction
                && person.AccessEntries.Any(entry => entry.RemovedAt == null && entry.StaffUserId == staffUserId));

    /// <summary>[DOMAIN.md §12] named staff (sign-in user ids) who may not see the case.</summary>
    public CaseAccessEntry ExcludeStaff(Guid staffUserId, Guid changedBy, DateTimeOffset now)
    {
        CheckRule(new CaseCannotHaveBothAccessListsRule(AccessLimitation, AccessLimitation.Exclusion));
        CheckRule(new StaffMustNotAlreadyBeExcludedRule(IsOnActiveList(staffUserId)));
        var entry = CaseAccessEntry.Create(Id, staffUserId, AccessLimitation.Exclusion, changedBy, now);
        _accessEntries.Add(entry);
        AccessLimitation = AccessLimitation.Exclusion;
        return entry;
    }

    /// <summary>Takes one person off the exclusion list; the case is unlimited once the list is empty.</summary>
    public void RemoveExclusion(Guid staffUserId, Guid changedBy, DateTimeOffset now)
    {
        CheckRule(new StaffMustBeExcludedRule(AccessLimitation == AccessLimitation.Exclusion && IsOnActiveList(staffUserId)));
        _accessEntries.Single(entry => entry.IsActive && entry.StaffUserId == staffUserId).Remove(changedBy, now);
        if (!_accessEntries.Any(entry => entry.IsActive))
        {
            AccessLimitation = AccessLimitation.None;
        }
    }

    /// <summary>[DOMAIN.md §12] only these staff (sign-in user ids) may see the case. Replaces any earlier restriction list.</summary>
    public void RestrictTo(IEnumerable<Guid> staffUserIds, Guid changedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(staffUserIds);
        var wanted = staffUserIds.Distinct().ToList();
        CheckRule(new CaseCannotHaveBothAccessListsRule(AccessLimitation, AccessLimitation.Restriction));
        CheckRule(new RestrictionListMustNameStaffRule(wanted.Count));

        foreach (var entry in _accessEntries.Where(entry => entry.IsActive && !wanted.Contains(entry.StaffUserId)))
        {
            entry.Remove(changedBy, now);
        }

        foreach (var staffUserId in wanted.Where(staffUserId => !IsOnActiveList(staffUserId)))
        {
            _accessEntries.Add(CaseAccessEntry.Create(Id, staffUserId, AccessLimitation.Restriction, changedBy, now));
        }

        AccessLimitation = AccessLimitation.Restriction;
    }

    /// <summary>Ends every entry on the current list; the case is readable by every role again.</summary>
    public void RemoveLimitation(Guid changedBy, DateTimeOffset now)
    {
        foreach (var entry in _accessEntries.Where(entry => entry.IsActive))
        {
            entry.Remove(changedBy, now);
        }

        AccessLimitation = AccessLimitation.None;
    }

    /// <summary>[DOMAIN.md §12] whether the signed-in user (sign-in user id) may see this case.</summary>
    public bool CanBeSeenBy(Guid staffUserId) => AccessLimitation switch
    {
        AccessLimitation.Exclusion => !IsOnActiveList(staffUserId),
        AccessLimitation.Restriction => IsOnActiveList(staffUserId),
        _ => true,
    };

    private bool IsOnActiveList(Guid staffUserId) =>
        _accessEntries.Any(entry => entry.IsActive && entry.StaffUserId == staffUserId);
}
