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

            if (FrameworkPersonalData.Recognise(leaf) is { } framework)
            {
                return new DataFinding(reportAt, framework.Name, framework.Description);
            }

            // SendAsync([ContactData] string mobile): a parameter classified where it is declared.
            if (leaf is IParameterReferenceOperation { Parameter: var parameter } && model.CategoriesOf(parameter) is { IsDefaultOrEmpty: false } categories)
            {
                return new DataFinding(reportAt, parameter.Name, string.Join(", ", categories.Select(c => c.Name)));
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
            case IConditionalAccessInstanceOperation accessed when EnclosingAccess(accessed) is { } accessedValue:
                // ip?.ToString(), FindFirst(…)?.Value: what the ?. was applied to, when the value passes on as it is.
                foreach (var leaf in Leaves(accessedValue, reportAt, hops))
                {
                    yield return (leaf.Leaf, At(accessed));
                }

                yield break;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input when MatchedValue(input) is { } matched:
                // m is { DateOfBirth.Year: var born }: the Year of the value the pattern matched, DateOfBirth.
                foreach (var leaf in Leaves(matched, reportAt, hops))
                {
                    yield return (leaf.Leaf, At(input));
                }

                yield break;
            case IParameterReferenceOperation element when LinqSourceOf(element) is { } source:
                // customers.Select(c => c.ToString()), claims.Select(c => c.Value): the lambda's element is one of the source's.
                foreach (var leaf in Leaves(source, reportAt, hops))
                {
                    yield return (leaf.Leaf, At(element));
                }

                yield break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    foreach (var leaf in Leaves(arm.Value, At(arm.Value), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IAnonymousObjectCreationOperation anonymous:
                // new { c.Email, c.Id }: destructured or serialised member by member.
                foreach (var initializer in anonymous.Initializers)
                {
                    var member = initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer;
                    foreach (var leaf in Leaves(member, At(member), hops))
                    {
                        yield return leaf;
                    }
                }

                yield break;
            case IInvocationOperation transform when ValueTransforms.PassesOn(transform):
                // Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email))), JsonSerializer.Serialize(customer):
                // an unkeyed hash, an encoding or a serialisation of personal data is still that data.
                foreach (var argument in transform.Arguments)
                {
                    foreach (var leaf in Leaves(argument.Value, At(transform), hops))
                    {
                        yield return (leaf.Leaf, At(transform));
                    }
                }

                yield break;
            case IInvocationOperation dateCall when ValueTransforms.IsDateArithmetic(dateCall):
                // dateOfBirth.AddYears(18), dateOfBirth.ToLongDateString(): the same date, moved or written out.
                foreach (var source in dateCall.Instance is { } on ? new[] { on } : System.Array.Empty<IOperation>())
                {
                    foreach (var leaf in Leaves(source, At(dateCall), hops))
                    {
                        yield return (leaf.Leaf, At(dateCall));
                    }
                }

                foreach (var argument in dateCall.Arguments)
                {
                    foreach (var leaf in Leaves(argument.Value, At(dateCall), hops))
                    {
                        yield return (leaf.Leaf, At(dateCall));
                    }
                }

                yield break;
            case IPropertyReferenceOperation { Instance: { } partOf } part when ValueTransforms.IsPartOfValue(part):
                // dateOfBirth.Year, name[0], error.Message, claim.Value: a part of the value, or its text, is still the person's.
                foreach (var leaf in Leaves(partOf, At(part), hops))
                {
                    yield return (leaf.Leaf, At(part));
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
            case IInvocationOperation call when (call.TargetMethod.ContainingType?.SpecialType is SpecialType.System_String or SpecialType.System_Char
                || call.TargetMethod.Name == "ToString") && (call.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Char || IsTextArray(call.Type)):
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
                var projects = linq.TargetMethod.Name is "Select" or "SelectMany" or "Max" or "Min"
                    || linq.TargetMethod.Name is "ToDictionary" or "ToLookup" or "GroupBy" && LambdaCount(linq) > 1;
                if (linq.TargetMethod.Name is "Max" or "Min" && LambdaCount(linq) == 0)
                {
                    // salaries.Max(): the highest is one person's value.
                    foreach (var leaf in Leaves(linq.Arguments[0].Value, At(linq), hops))
                    {
                        yield return (leaf.Leaf, At(linq));
                    }

                    yield break;
                }

                if (!projects && linq.Type?.SpecialType is not (SpecialType.None or SpecialType.System_String))
                {
                    yield break; // Count(), Any(), Sum(), Average(): a number or a yes says nothing about a person
                }

                if (!projects)
                {
                    // Where, OrderBy, ToList, First, Distinct…: the result holds the source's elements.
                    foreach (var leaf in Leaves(linq.Arguments[0].Value, At(linq), hops))
                    {
                        yield return (leaf.Leaf, At(linq));
                    }

                    yield break;
                }

                // customers.Select(c => c.Email), staff.Max(e => e.Salary), ToDictionary(c => c.Id, c => c.Email): what the
                // lambdas return is what the result holds.
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
            case IArrayElementReferenceOperation element:
                // fullName.Split(' ')[0], parts[1]: an element of text cut from personal data is still that data.
                foreach (var leaf in Leaves(element.ArrayReference, At(element), hops))
                {
                    yield return (leaf.Leaf, At(element));
                }

                yield break;
            case IInvocationOperation rounding when IsRounding(rounding.TargetMethod) && rounding.Arguments.Length > 0:
                // Math.Round(latitude, 1): a coarser coordinate or amount is still the person's.
                foreach (var leaf in Leaves(rounding.Arguments[0].Value, At(rounding), hops))
                {
                    yield return (leaf.Leaf, At(rounding));
                }

                yield break;
            case ILocalReferenceOperation exception when hops < MaxLocalHops && ValueTransforms.IsException(exception.Local.Type):
                // var failure = new InvalidOperationException($"… {name}"); catch (X ex) { ex.Data["Email"] = …; log(ex) }:
                // the exception carries the text it was built with and what its Data was given.
                foreach (var carried in ExceptionContents(exception))
                {
                    foreach (var leaf in Leaves(carried, At(exception), hops + 1))
                    {
                        yield return (leaf.Leaf, At(exception));
                    }
                }

                yield break;
            case ILocalReferenceOperation builder when hops < MaxLocalHops && IsStringBuilder(builder.Local.Type):
                // builder.Append(owner.Surname)…; log(builder.ToString()): what was appended to the builder.
                foreach (var appended in AppendedTo(builder))
                {
                    foreach (var leaf in Leaves(appended, At(builder), hops + 1))
                    {
                        yield return leaf;
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
            case IObjectCreationOperation creation:
                // new ContactCard(c.Name, c.Email), new KeyValuePair<string, object?>("email", c.Email),
                // new Dictionary<string, object> { ["email"] = c.Email }: an object built from personal data holds it.
                foreach (var element in CreatedFrom(creation))
                {
                    foreach (var leaf in Leaves(element, At(element), hops))
                    {
                        yield return leaf;
                    }
                }

                yield return (creation, At(creation));
                yield break;
            case ILocalReferenceOperation local when hops < MaxLocalHops && (IsText(local.Local.Type) || IsCreatedInPlace(local.Local)) && InitialValue(local) is { } initial:
                foreach (var leaf in Leaves(initial, At(local), hops + 1))
                {
                    yield return leaf;
                }

                if (IsFrameworkCollection(local.Local.Type))
                {
                    // var recipients = new List<string>(); recipients.Add(c.Email); scope["Customer"] = c.Name;
                    foreach (var added in AddedLater(local))
                    {
                        foreach (var leaf in Leaves(added, At(local), hops + 1))
                        {
                            yield return leaf;
                        }
                    }
                }

                yield return (local, At(local));
                yield break;
            case ILocalReferenceOperation declaredOnly when hops < MaxLocalHops && IsText(declaredOnly.Local.Type) && AssignedLater(declaredOnly) is { Count: > 0 } values:
                // string target; target = customer.Phone ?? "";: a local declared without a value holds what is assigned to it.
                foreach (var assignedValue in values)
                {
                    foreach (var leaf in Leaves(assignedValue, At(declaredOnly), hops + 1))
                    {
                        yield return leaf;
                    }
                }

                yield return (declaredOnly, At(declaredOnly));
                yield break;
            default:
                yield return (value, At(value));
                yield break;
        }
    }

    /// <summary>
    /// Locals worth following to their initializer: text, numbers, tuples, arrays and types of the framework or another
    /// library (collections, dates, <c>IPAddress</c>, <c>Claim</c>). A local of an application type is judged by its type
    /// alone, which saves opening its declaration, unless it is created in place (<see cref="IsCreatedInPlace"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsText(ITypeSymbol type) =>
        type.SpecialType != SpecialType.None || type.IsTupleType || type is IArrayTypeSymbol
        || type is INamedTypeSymbol { TypeKind: not TypeKind.Error, DeclaringSyntaxReferences.IsEmpty: true };

    /// <summary>
    /// <c>var card = new ContactCard(c.Name, c.Email)</c>: a local of an application type whose type holds nothing
    /// classified is still worth following when it is built in place from values. Decided on syntax, before any binding.
    /// </summary>
    private static bool IsCreatedInPlace(ILocalSymbol local) =>
        local.DeclaringSyntaxReferences.Length == 1
        && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax
        {
            Initializer.Value: ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax,
        };

    /// <summary>The value a <c>?.</c> was applied to, for the implicit receiver inside what follows it.</summary>
    private static IOperation? EnclosingAccess(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    private static int LambdaCount(IInvocationOperation call)
    {
        var count = 0;
        foreach (var argument in call.Arguments)
        {
            if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation })
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The sequence a LINQ lambda's element parameter walks (<c>c</c> in <c>customers.Select(c =&gt; …)</c>), or null for
    /// any other parameter.
    /// </summary>
    private static IOperation? LinqSourceOf(IParameterReferenceOperation reference)
    {
        if (reference.Parameter is not { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda })
        {
            return null;
        }

        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
            {
                return function.Parent?.Parent is IArgumentOperation { Parent: IInvocationOperation call } argument
                    && call.TargetMethod.ContainingType is { Name: "Enumerable", ContainingNamespace.Name: "Linq" }
                    && call.Arguments.Length > 1 && argument != call.Arguments[0]
                    ? call.Arguments[0].Value
                    : null;
            }
        }

        return null;
    }

    /// <summary>A collection of the framework (<c>List&lt;T&gt;</c>, <c>Dictionary&lt;TKey, TValue&gt;</c>, …), which a method may fill after creating it.</summary>
    private static bool IsFrameworkCollection(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, DeclaringSyntaxReferences.IsEmpty: true, ContainingNamespace.Name: "Generic" or "Concurrent" or "Immutable" or "ObjectModel" };

    /// <summary>The values its method adds to a collection local: <c>list.Add(v)</c>, <c>map["k"] = v</c>, <c>map.TryAdd(k, v)</c>.</summary>
    private static IEnumerable<IOperation> AddedLater(ILocalReferenceOperation collection)
    {
        var root = (IOperation)collection;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation target } } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, collection.Local):
                    yield return assignment.Value;
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" or "Insert" or "AddRange" or "Push" or "Enqueue" or "AddOrUpdate", Instance: ILocalReferenceOperation target } add
                    when SymbolEqualityComparer.Default.Equals(target.Local, collection.Local):
                    foreach (var argument in add.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The value a property subpattern's member is read from: the member of the enclosing subpattern
    /// (<c>{ DateOfBirth.Year: var born }</c>), or the value tested by <c>is</c>.
    /// </summary>
    private static IOperation? MatchedValue(IInstanceReferenceOperation input)
    {
        var subpattern = input.Parent?.Parent as IPropertySubpatternOperation;
        return subpattern?.Parent?.Parent switch
        {
            IPropertySubpatternOperation outer => outer.Member,
            IIsPatternOperation test => test.Value,
            _ => null,
        };
    }

    /// <summary>The values an object is created from: constructor arguments and initializer values (members, indexers, <c>Add</c>).</summary>
    private static IEnumerable<IOperation> CreatedFrom(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            yield return argument.Value;
        }

        if (creation.Initializer is null)
        {
            yield break;
        }

        foreach (var initializer in creation.Initializer.Initializers)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation assignment:
                    yield return assignment.Value;
                    break;
                case IInvocationOperation add:
                    foreach (var argument in add.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// What an exception local carries: the arguments it was created with (<c>var failure = new X($"… {name}")</c>, or the
    /// exception its try block throws when it is a catch variable) and the values given to its <c>Data</c> in the method.
    /// </summary>
    private static IEnumerable<IOperation> ExceptionContents(ILocalReferenceOperation exception)
    {
        var created = exception.Local.DeclaringSyntaxReferences.Length == 1
            && exception.Local.DeclaringSyntaxReferences[0].GetSyntax() is CatchDeclarationSyntax
            ? ThrownInTry(exception)
            : InitialValue(exception);
        if (created is not null)
        {
            yield return created;
        }

        var root = (IOperation)exception;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            // ex.Data["Email"] = c.Email; ex.Data.Add("Email", c.Email)
            var (data, value) = operation switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation { Property.Name: "Data" } indexed } } assignment => (indexed, assignment.Value),
                IInvocationOperation { TargetMethod.Name: "Add", Instance: IPropertyReferenceOperation { Property.Name: "Data" } added, Arguments.Length: 2 } add => (added, add.Arguments[1].Value),
                _ => (null, null),
            };
            if (data?.Instance is ILocalReferenceOperation owner && SymbolEqualityComparer.Default.Equals(owner.Local, exception.Local) && value is not null)
            {
                yield return value;
            }
        }
    }

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
            SingleVariableDesignationSyntax designation => DesignatedValue(designation, semanticModel),
            _ => null,
        };
    }

    /// <summary>
    /// The value a pattern or a deconstruction gives a variable: <c>is { Phone: var phone }</c> gives the member;
    /// <c>var (name, email) = (c.Name, c.Email)</c> and <c>foreach (var (a, b) in pairs.Select(p =&gt; (p.A, p.B)))</c>
    /// give the tuple's element in that position, or the whole value when it is not a tuple written in place.
    /// </summary>
    private static IOperation? DesignatedValue(SingleVariableDesignationSyntax designation, SemanticModel semanticModel)
    {
        if (designation.Parent is VarPatternSyntax or DeclarationPatternSyntax && designation.Parent.Parent is SubpatternSyntax subpattern)
        {
            if ((semanticModel.GetOperation(subpattern) as IPropertySubpatternOperation)?.Member is { } member)
            {
                return member;
            }

            // { Defendant.Name: var convicted }: an extended property pattern, bound as nested subpatterns of the whole pattern.
            return subpattern.Parent?.Parent is RecursivePatternSyntax whole && semanticModel.GetOperation(whole) is IRecursivePatternOperation pattern
                && semanticModel.GetDeclaredSymbol(designation) is { } declared
                ? MemberDeclaring(pattern, declared)
                : null;
        }

        if (designation.Parent is not ParenthesizedVariableDesignationSyntax tuple)
        {
            return null;
        }

        var index = tuple.Variables.IndexOf(designation);
        var value = tuple.Parent switch
        {
            DeclarationExpressionSyntax { Parent: ForEachVariableStatementSyntax loop } => (semanticModel.GetOperation(loop) as IForEachLoopOperation)?.Collection,
            DeclarationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } => (semanticModel.GetOperation(assignment) as IDeconstructionAssignmentOperation)?.Value,
            _ => null,
        };
        if (value is null)
        {
            return null;
        }

        // Not a tuple written in place: the element is some part of the whole value. Text may be any part of it; a key, a
        // count or a date of a type the framework defines is not taken to be the whole (var (speakerId, transcript) = heard).
        var element = ElementAt(value, index);
        return element != value || semanticModel.GetDeclaredSymbol(designation) is not ILocalSymbol { Type: var type }
            || type.SpecialType != SpecialType.None || type.IsTupleType || type is IArrayTypeSymbol || type is INamedTypeSymbol { IsGenericType: true }
            ? element
            : null;
    }

    /// <summary>The member whose subpattern declares <paramref name="variable"/>, however deeply the subpatterns nest.</summary>
    private static IOperation? MemberDeclaring(IRecursivePatternOperation pattern, ISymbol variable)
    {
        foreach (var subpattern in pattern.PropertySubpatterns)
        {
            switch (subpattern.Pattern)
            {
                case IDeclarationPatternOperation { DeclaredSymbol: { } declared } when SymbolEqualityComparer.Default.Equals(declared, variable):
                    return subpattern.Member;
                case IRecursivePatternOperation nested when MemberDeclaring(nested, variable) is { } found:
                    return found;
            }
        }

        return null;
    }

    /// <summary>The element in <paramref name="index"/> of a tuple written in place, directly or as what a Select returns.</summary>
    private static IOperation ElementAt(IOperation value, int index)
    {
        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        if (unwrapped is ITupleOperation tuple && index >= 0 && index < tuple.Elements.Length)
        {
            return tuple.Elements[index];
        }

        if (unwrapped is IInvocationOperation { TargetMethod.Name: "Select", Arguments.Length: 2 } select
            && select.Arguments[1].Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            && lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned })
        {
            return ElementAt(returned, index);
        }

        return value;
    }

    /// <summary>The values assigned in its method to a local declared without an initializer (<c>string target;</c>).</summary>
    private static List<IOperation>? AssignedLater(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: null })
        {
            return null;
        }

        var root = (IOperation)reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        List<IOperation>? values = null;
        foreach (var assignment in root.Descendants().OfType<ISimpleAssignmentOperation>())
        {
            if (assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                (values ??= new List<IOperation>()).Add(assignment.Value);
            }
        }

        return values;
    }

    private static bool IsTextArray(ITypeSymbol? type) => type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String or SpecialType.System_Char };

    /// <summary>Math.Round/Floor/Ceiling/Truncate/Abs and decimal.Round: the value, less precise.</summary>
    private static bool IsRounding(IMethodSymbol method) =>
        method.Name is "Round" or "Floor" or "Ceiling" or "Truncate" or "Abs"
        && method.ContainingType is { Name: "Math" or "MathF" or "Decimal" or "Double", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsStringBuilder(ITypeSymbol type) =>
        type is { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>The values appended or inserted into a StringBuilder local in its method, and the one it was created with.</summary>
    private static IEnumerable<IOperation> AppendedTo(ILocalReferenceOperation builder)
    {
        var root = (IOperation)builder;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: var name } call when name.StartsWith("Append", System.StringComparison.Ordinal) || name == "Insert":
                    var receiver = call.Instance;
                    while (receiver is IInvocationOperation chained && IsStringBuilder(chained.Type!))
                    {
                        receiver = chained.Instance; // builder.Append(a).Append(b)
                    }

                    if (receiver is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, builder.Local))
                    {
                        foreach (var argument in call.Arguments)
                        {
                            yield return argument.Value;
                        }
                    }

                    break;
                case IVariableDeclaratorOperation { Initializer.Value: IObjectCreationOperation created } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, builder.Local):
                    foreach (var argument in created.Arguments)
                    {
                        yield return argument.Value;
                    }

                    break;
            }
        }
    }

    /// <summary>The exception a catch variable holds when the try block throws one it builds in place: <c>throw new FormatException($"… {msisdn}")</c>.</summary>
    private static IObjectCreationOperation? ThrownInTry(ILocalReferenceOperation caught)
    {
        var local = caught.Local;
        if (local.DeclaringSyntaxReferences.Length != 1 || caught.SemanticModel is not { } semanticModel
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not CatchDeclarationSyntax { Parent: CatchClauseSyntax { Parent: TryStatementSyntax statement } }
            || statement.SyntaxTree != semanticModel.SyntaxTree
            || semanticModel.GetOperation(statement.Block) is not { } block)
        {
            return null;
        }

        foreach (var thrown in block.Descendants().OfType<IThrowOperation>())
        {
            var exception = thrown.Exception;
            while (exception is IConversionOperation conversion)
            {
                exception = conversion.Operand;
            }

            if (exception is IObjectCreationOperation created && KnownSymbols.DerivesFrom(created.Type, local.Type as INamedTypeSymbol))
            {
                return created;
            }
        }

        return null;
    }
}
