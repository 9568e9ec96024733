namespace LawfulBasis.Registers;

/// <summary>A register record about one data subject; stores index records by it.</summary>
public interface ISubjectRecord
{
    /// <summary>The data subject the record is about.</summary>
    string SubjectId { get; }
}
