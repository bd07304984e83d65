using System.Linq.Expressions;
using System.Reflection;

namespace ProbationCase.Web.Cases.Queries;

/// <summary>
/// Applies a rule written as an expression (a caseload warning, say) to a value inside another query
/// expression, so the database sees the rule's body on that value. Write <c>p.Satisfies(rule)</c> in a
/// lambda and pass the lambda through <see cref="Inline{TDelegate}"/>: each call is replaced by the rule's
/// body with its parameter swapped for <c>p</c>. A warning applied to the outer person this way becomes
/// an EXISTS correlated on that person's id (probed by index per row), where
/// <c>db.People.Where(rule).Any(x =&gt; x.Id == p.Id)</c> made PostgreSQL work the rule out for everyone first.
/// </summary>
public static class ExpressionInlining
{
    private static readonly MethodInfo SatisfiesMethod =
        typeof(ExpressionInlining).GetMethod(nameof(Satisfies)) ?? throw new InvalidOperationException("Satisfies not found.");

    /// <summary>Marks where <paramref name="rule"/> is applied to <paramref name="subject"/>; only meaningful inside a lambda given to <see cref="Inline{TDelegate}"/>.</summary>
    public static bool Satisfies<T>(this T subject, Expression<Func<T, bool>> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        throw new InvalidOperationException($"{nameof(Satisfies)} is a marker for {nameof(Inline)}; it is not called.");
    }

    private static readonly MethodInfo EvaluateMethod =
        typeof(ExpressionInlining).GetMethod(nameof(Evaluate)) ?? throw new InvalidOperationException("Evaluate not found.");

    /// <summary>Marks where a figure (<paramref name="figure"/>, an expression) is worked out on <paramref name="subject"/>; see <see cref="Satisfies{T}"/>.</summary>
    public static TResult Evaluate<T, TResult>(this T subject, Expression<Func<T, TResult>> figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        throw new InvalidOperationException($"{nameof(Evaluate)} is a marker for {nameof(Inline)}; it is not called.");
    }

    /// <summary>The lambda with every <see cref="Satisfies{T}"/> replaced by the rule's body applied to its subject.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        return (Expression<TDelegate>)new Inliner().Visit(lambda);
    }

    /// <summary>A lambda's body with its single parameter replaced by <paramref name="argument"/>.</summary>
    public static Expression Apply(LambdaExpression rule, Expression argument)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(argument);
        return new ParameterReplacer(rule.Parameters.Single(), argument).Visit(rule.Body);
    }

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.IsGenericMethod && (node.Method.GetGenericMethodDefinition() == SatisfiesMethod || node.Method.GetGenericMethodDefinition() == EvaluateMethod))
            {
                var subject = Visit(node.Arguments[0]);
                var rule = ValueOf(node.Arguments[1]);
                // The rule may itself use Satisfies.
                return Visit(Apply(rule, subject));
            }

            return base.VisitMethodCall(node);
        }

        /// <summary>The rule's value: usually a captured local (a field of the closure), else compiled and run.</summary>
        private static LambdaExpression ValueOf(Expression expression)
        {
            var value = expression switch
            {
                ConstantExpression constant => constant.Value,
                MemberExpression { Member: FieldInfo field, Expression: ConstantExpression owner } => field.GetValue(owner.Value),
                MemberExpression { Member: PropertyInfo property, Expression: ConstantExpression owner } => property.GetValue(owner.Value),
                _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile()(),
            };
            return value as LambdaExpression
                ?? throw new InvalidOperationException($"{nameof(Satisfies)} needs a rule expression, got {expression}.");
        }
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
