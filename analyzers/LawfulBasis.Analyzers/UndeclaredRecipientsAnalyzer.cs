using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LawfulBasis.Analyzers;

/// <summary>
/// LB0009: personal data put into an HTTP request (to another party) under a purpose whose <c>[Purpose]</c> names no
/// <c>Recipients</c> and no <c>NamedRecipients</c>, so the records of processing (Art. 30(1)(d)) and the privacy
/// notice (Art. 13(1)(e)) leave the recipient out. Only where the purpose is known: with none, LB0001 reports the site,
/// and one problem gets one diagnostic. Results returned to an endpoint's caller are not reported: they go back to the
/// user, not to a recipient.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredRecipientsAnalyzer : LawfulBasisAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RecipientsNotDeclared);

    // Every diagnostic is at the value sent, inside the invocation being analysed.
    internal override bool ReportsOnlyInsideAnalyzedOperations => true;

    internal override void Register(CompilationStartAnalysisContext start, PersonalDataModel model) =>
        start.RegisterOperationAction(c => AnalyzeInvocation(c, model), OperationKind.Invocation);

    private static void AnalyzeInvocation(OperationAnalysisContext context, PersonalDataModel model)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.IsEmpty
            || !(DisclosureSinks.SendsToAnotherParty(invocation.TargetMethod) || DisclosureSinks.IsHttpRequestBody(invocation)))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            // The receiver of an extension method (the HttpClient of PostAsJsonAsync) is not what is sent.
            if (argument.Parameter is { Ordinal: 0 } && invocation.TargetMethod.IsExtensionMethod)
            {
                continue;
            }

            CheckPayload(context, model, DisclosureSinks.Unwrap(argument.Value));
        }
    }

    /// <summary>The personal members a sent value holds, checked against the purposes that govern this code.</summary>
    private static void CheckPayload(OperationAnalysisContext context, PersonalDataModel model, IOperation value)
    {
        var members = SentMembers(value, model, out var subject);
        if (members.IsEmpty || ProcessingSite.Of(context.Operation, context.ContainingSymbol, model) is not { } site)
        {
            return;
        }

        // Each purpose with no recipients, with the members sent under it, in the order met (a stable message).
        List<(PurposeInfo Purpose, List<ReachedMember> Members)>? silent = null;
        foreach (var member in members)
        {
            foreach (var purposeType in GoverningPurposes(site, member.Data))
            {
                // A ProcessingFor<T> naming no purpose is LB0003's finding.
                if (model.PurposeOf(purposeType) is not { NamesRecipients: false } purpose)
                {
                    continue;
                }

                silent ??= new();
                var index = silent.FindIndex(s => SymbolEqualityComparer.Default.Equals(s.Purpose.Type, purpose.Type));
                if (index < 0)
                {
                    silent.Add((purpose, new List<ReachedMember> { member }));
                }
                else
                {
                    silent[index].Members.Add(member);
                }
            }
        }

        if (silent is null)
        {
            return;
        }

        var location = value.Syntax.GetLocation();
        foreach (var (purpose, involved) in silent)
        {
            var description = involved.Count == 1 && members.Length == 1 && subject == involved[0].Member.Name
                ? involved[0].Data.Description
                : PersonalDataModel.Describe(involved);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RecipientsNotDeclared, location, subject, description, purpose.Name));
        }
    }

    /// <summary>
    /// The classified members a value sends: the member itself when the value reads one (<c>customer.Email</c>), else
    /// every personal member its type holds (only the navigations an EF Core query loads).
    /// </summary>
    private static ImmutableArray<ReachedMember> SentMembers(IOperation value, PersonalDataModel model, out string subject)
    {
        var member = value switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is not null && model.Classify(member) is { } data)
        {
            subject = member.Name;
            return ImmutableArray.Create(new ReachedMember(member.Name, member, data));
        }

        subject = value.Syntax.ToString();
        var members = model.PersonalDataIn(value.Type);
        return members.IsEmpty ? members : EntityFrameworkQueryLoading.LoadedMembers(value, members, model);
    }

    /// <summary>
    /// The purposes the code declares there; with none, the one purpose the data is bound to (unless the project requires
    /// a purpose in code). Empty when no single purpose can be attributed: that is LB0001, not this rule.
    /// </summary>
    private static ImmutableArray<INamedTypeSymbol> GoverningPurposes(ProcessingSite site, PersonalDataMember data) =>
        !site.CodePurposes.IsEmpty ? site.CodePurposes
        : data.DataPurposes.Length == 1 && !site.Settings.RequireCodePurpose ? data.DataPurposes
        : ImmutableArray<INamedTypeSymbol>.Empty;
}
