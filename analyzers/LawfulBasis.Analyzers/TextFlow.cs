using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>Personal data found in a value written to a sink: the member (or whole object) and where to report it.</summary>
internal sealed class DataFinding
{
    public DataFinding(IOperation reportAt, string name, string description)
    {
        ReportAt = reportAt;
        Name = name;
        Description = description;
    }

    /// <summary>The operation in the argument that carries the data (the local, not its distant initializer).</summary>
    public IOperation ReportAt { get; }

    public string Name { get; }

    public string Description { get; }
}

/// <summary>
/// Follows a value back to what it is made of, the way text is built: interpolations, concatenations, conditionals,
/// <c>?.</c>, string methods, <c>ToString</c>, LINQ projections, <c>params</c> arrays, and locals to their initializer.
/// The leaves are what the value may contain: members, parameters, whole objects. Cheap and local: one method body at
/// most, a few levels deep.
/// </summary>
internal static class TextFlow
{
    private const int MaxLocalHops = 4;

    /// <summary>The first personal data a value carries, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static DataFinding? FindPersonalData(IOperation value, PersonalDataModel model)
    {
        foreach (var (leaf, reportAt) in Leaves(value, value, 0))
        {
            if (Classified(leaf, model) is { } member)
            {
                var data = model.Classify(member)!;
                return new DataFinding(reportAt, member.Name, data.Description);
            }

            var members = model.PersonalDataIn(leaf.Type);
            if (!members.IsEmpty)
            {
                return new DataFinding(reportAt, reportAt.Syntax.ToString(), PersonalDataModel.Describe(members));
            }
        }

        return null;
    }

    /// <summary>The parameters of <paramref name="method"/> whose value flows into this argument as it is.</summary>
    public static IEnumerable<IParameterSymbol> ParametersIn(IOperation value, IMethodSymbol method)
    {
        foreach (var (leaf, _) in Leaves(value, value, 0))
        {
            if (leaf is IParameterReferenceOperation { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
            {
                yield return parameter;
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static ISymbol? Classified(IOperation leaf, PersonalDataModel model) => leaf switch
    {
        IPropertyReferenceOperation { Property: var property } when model.Classify(property) is not null => property,
        IFieldReferenceOperation { Field: var field } when model.Classify(field) is not null => field,
        _ => null,
    };

    private static IEnumerable<(IOperation Leaf, IOperation ReportAt)> Leaves(IOperation? value, IOperation reportAt, int hops)
    {
        // reportAt stays on the argument's own syntax once a local is followed to its initializer.
        IOperation At(IOperation operation) => hops == 0 ? operation : reportAt;

        switch (value)
        {
            case null:
                yield break;
            case IConversionOperation conversion:
                foreach (var leaf in Leaves(conversion.Operand, At(conversion.Operand), hops))
                {
                    yield return leaf;
                }

                yield break;
            case IParenthesizedOperation parenthesized:
                foreach (var leaf in Leaves(parenthesized.Operand, At(parenthesized.Operand), hops))
                {
                    yield return leaf;
                }

                yield break;
            case IConditionalAccessOperation conditionalAccess:
                foreach (var leaf in Leaves(conditionalAccess.WhenNotNull, At(conditionalAccess), hops))
                {
                    yield return (leaf.Leaf, hops == 0 ? conditionalAccess : reportAt);
                }

                yield break;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts.OfType<IInterpolationOperation>())
                {
                    foreach (var leaf in Leaves(part.Expression, At(part.Expression), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IBinaryOperation { Type.SpecialType: SpecialType.System_Boolean }:
            case IIsPatternOperation or IIsTypeOperation:
                yield break; // email == null, c.Email is { Length: > 0 }: a yes or no says nothing about the person
            case IBinaryOperation binary:
                foreach (var leaf in Leaves(binary.LeftOperand, At(binary.LeftOperand), hops).Concat(Leaves(binary.RightOperand, At(binary.RightOperand), hops)))
                {
                    yield return leaf;
                }

                yield break;
            case IConditionalOperation conditional:
                foreach (var leaf in Leaves(conditional.WhenTrue, At(conditional.WhenTrue), hops))
                {
                    yield return leaf;
                }

                if (conditional.WhenFalse is { } whenFalse)
                {
                    foreach (var leaf in Leaves(whenFalse, At(whenFalse), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case ICoalesceOperation coalesce:
                foreach (var leaf in Leaves(coalesce.Value, At(coalesce.Value), hops).Concat(Leaves(coalesce.WhenNull, At(coalesce.WhenNull), hops)))
                {
                    yield return leaf;
                }

                yield break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    foreach (var leaf in Leaves(element, At(element), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IInvocationOperation call when (call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
                || call.TargetMethod.Name == "ToString") && call.Type?.SpecialType == SpecialType.System_String:
                // string.Format/Concat/Join, email.ToUpper(), value.ToString(): the text still holds the data.
                if (call.Instance is { } instance)
                {
                    foreach (var leaf in Leaves(instance, At(instance), hops))
                    {
                        yield return leaf;
                    }
                }

                foreach (var argument in call.Arguments)
                {
                    foreach (var leaf in Leaves(argument.Value, At(argument.Value), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IInvocationOperation linq when linq.TargetMethod.ContainingType is { Name: "Enumerable", ContainingNamespace.Name: "Linq" }
                && linq.Arguments.Length > 0:
                if (linq.Type?.SpecialType is not (SpecialType.None or SpecialType.System_String))
                {
                    yield break; // Count(), Any(), Sum(): a number or a yes says nothing about a person
                }

                if (linq.TargetMethod.Name is not ("Select" or "SelectMany"))
                {
                    // Where, OrderBy, ToList, First, Distinct…: the result holds the source's elements.
                    foreach (var leaf in Leaves(linq.Arguments[0].Value, At(linq), hops))
                    {
                        yield return (leaf.Leaf, At(linq));
                    }

                    yield break;
                }

                // customers.Select(c => c.Email): what the lambda returns is what the sequence holds.
                foreach (var argument in linq.Arguments)
                {
                    if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
                    {
                        foreach (var returned in lambda.Body.Descendants().OfType<IReturnOperation>())
                        {
                            foreach (var leaf in Leaves(returned.ReturnedValue, At(linq), hops))
                            {
                                yield return (leaf.Leaf, At(linq));
                            }
                        }
                    }
                }

                yield break;
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    foreach (var leaf in Leaves(element, At(element), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IImplicitIndexerReferenceOperation slice when slice.Instance.Type?.SpecialType == SpecialType.System_String:
                // email[..3], card[^4..]: part of the text is still the text.
                foreach (var leaf in Leaves(slice.Instance, At(slice), hops))
                {
                    yield return (leaf.Leaf, At(slice));
                }

                yield break;
            case IObjectCreationOperation { Initializer: { } collection } when collection.Initializers.Any(i => i is IInvocationOperation or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } }):
                // new Dictionary<string, object> { ["email"] = c.Email }, new List<string> { c.Email }: a scope or a payload built in place.
                foreach (var initializer in collection.Initializers)
                {
                    var values = initializer switch
                    {
                        ISimpleAssignmentOperation assignment => new[] { assignment.Value },
                        IInvocationOperation add => add.Arguments.Select(a => a.Value).ToArray(),
                        _ => System.Array.Empty<IOperation>(),
                    };
                    foreach (var element in values)
                    {
                        foreach (var leaf in Leaves(element, At(element), hops))
                        {
                            yield return leaf;
                        }
                    }
                }

                yield break;
            case ILocalReferenceOperation local when hops < MaxLocalHops && IsText(local.Local.Type) && InitialValue(local) is { } initial:
                foreach (var leaf in Leaves(initial, At(local), hops + 1))
                {
                    yield return leaf;
                }

                yield return (local, At(local));
                yield break;
            default:
                yield return (value, At(value));
                yield break;
        }
    }

    /// <summary>
    /// Locals worth following to their initializer: text, numbers, tuples, arrays and framework collections. A local of an
    /// application type is judged by its type alone, which saves opening its declaration.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsText(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None || type.IsTupleType || type is IArrayTypeSymbol
        || type is INamedTypeSymbol { IsGenericType: true, ContainingNamespace: { } ns } && ns.ToDisplayString().StartsWith("System", System.StringComparison.Ordinal);

    /// <summary><c>var email = customer.Email;</c>: the value a local is declared with (or the sequence a foreach variable walks).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static IOperation? InitialValue(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } semanticModel)
        {
            return null;
        }

        var syntax = local.DeclaringSyntaxReferences[0].GetSyntax();
        if (syntax.SyntaxTree != semanticModel.SyntaxTree)
        {
            return null;
        }

        return syntax switch
        {
            VariableDeclaratorSyntax declarator => (semanticModel.GetOperation(declarator) as IVariableDeclaratorOperation)?.Initializer?.Value,
            ForEachStatementSyntax loop => (semanticModel.GetOperation(loop) as IForEachLoopOperation)?.Collection,
            _ => null,
        };
    }
}
