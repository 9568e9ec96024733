using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LawfulBasis.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LawfulBasis.CodeFixes;

/// <summary>
/// LB0007: gates a minimal-API endpoint by appending <c>.RequirePurpose&lt;P&gt;(subject: "id")</c> to its <c>Map</c> call,
/// with the first parameter of its route, offering one fix per purpose declared in the compilation.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequirePurposeCodeFix)), Shared]
public sealed class AddRequirePurposeCodeFix : CodeFixProvider
{
    private const string Namespace = "LawfulBasis.AspNetCore";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UngatedEndpoint.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null
            || root.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax map
            || RouteParameter(map) is not { } parameter)
        {
            return; // a controller action, or a route with no parameter: nothing to name the subject with here
        }

        var symbols = KnownSymbols.Resolve(semanticModel.Compilation);
        var purposes = semanticModel.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, context.CancellationToken)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.GetAttributes().Any(symbols.IsPurpose))
            .OrderBy(t => t.Name, System.StringComparer.Ordinal);
        foreach (var purpose in purposes)
        {
            var title = $"Gate this endpoint for '{purpose.Name}' with the subject from route parameter '{parameter}'";
            context.RegisterCodeFix(
                CodeAction.Create(title, c => GateAsync(context.Document, map, purpose, parameter, c), equivalenceKey: title),
                context.Diagnostics);
        }
    }

    /// <summary>The first parameter of the route pattern (<c>/patients/{id:guid}</c> → <c>id</c>), or null.</summary>
    private static string? RouteParameter(InvocationExpressionSyntax map)
    {
        var pattern = map.ArgumentList.Arguments.Select(a => a.Expression).OfType<LiteralExpressionSyntax>()
            .Select(l => l.Token.ValueText).FirstOrDefault();
        var open = pattern?.IndexOf('{') ?? -1;
        if (pattern is null || open < 0)
        {
            return null;
        }

        var name = new string(pattern.Skip(open + 1).SkipWhile(c => c == '*').TakeWhile(c => c is not (':' or '=' or '?' or '}')).ToArray());
        return name.Length > 0 ? name : null;
    }

    private static async Task<Document> GateAsync(Document document, InvocationExpressionSyntax map, INamedTypeSymbol purpose, string parameter, CancellationToken cancellation)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
        var purposeType = SyntaxFactory.ParseTypeName(purpose.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);
        var gated = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    map.WithoutTrailingTrivia(),
                    SyntaxFactory.GenericName(SyntaxFactory.Identifier("RequirePurpose"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(purposeType)))),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(parameter)))
                        .WithNameColon(SyntaxFactory.NameColon("subject")))))
            .WithTrailingTrivia(map.GetTrailingTrivia());
        root = root.ReplaceNode(map, gated);
        if (!root.Usings.Any(u => u.Name?.ToString() == Namespace))
        {
            root = root.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace)).NormalizeWhitespace().WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
        }

        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(root), Simplifier.Annotation, cancellationToken: cancellation).ConfigureAwait(false);
    }
}
