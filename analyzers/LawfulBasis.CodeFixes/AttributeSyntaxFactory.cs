using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LawfulBasis.CodeFixes;

/// <summary>Builds LawfulBasis attributes fully qualified and annotated, so the simplifier shortens them and adds the using.</summary>
internal static class AttributeSyntaxFactory
{
    public static AttributeSyntax Create(string name, TypeSyntax? typeArgument = null)
    {
        SimpleNameSyntax simple = typeArgument is null
            ? SyntaxFactory.IdentifierName(name)
            : SyntaxFactory.GenericName(SyntaxFactory.Identifier(name), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(typeArgument)));
        var qualified = SyntaxFactory.QualifiedName(
            SyntaxFactory.AliasQualifiedName(SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), SyntaxFactory.IdentifierName("LawfulBasis")),
            simple);
        return SyntaxFactory.Attribute(qualified).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }
}
