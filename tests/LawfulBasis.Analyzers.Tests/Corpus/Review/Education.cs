#if LAWFULBASIS_CORPUS
// Review: held out at first (precision 0.957, recall 0.674 with the heuristics of commit 31953aa), then its misses
// guided a second round of families, so its figures are no longer an unseen-code estimate. A school information system.
// Labels: pd, no, key (see ../README.md).
using System;
using System.Collections.Generic;

namespace Corpus.HeldOut.Education
{
    public class Student
    {
        public int Id { get; set; } // key
        public string StudentNumber { get; set; } = ""; // key
        public string FirstName { get; set; } = ""; // pd
        public string Surname { get; set; } = ""; // pd
        public DateTime DateOfBirth { get; set; } // pd
        public string Gender { get; set; } = ""; // pd
        public string? Religion { get; set; } // pd
        public string? SpecialEducationalNeeds { get; set; } // pd
        public string? MedicalConditions { get; set; } // pd
        public int YearGroup { get; set; } // pd
        public string HomeAddress { get; set; } = ""; // pd
        public int ClassId { get; set; } // no
        public bool FreeSchoolMeals { get; set; } // pd
        public List<Guardian> Guardians { get; set; } = new(); // pd
    }

    public class Guardian
    {
        public int Id { get; set; } // key
        public string FullName { get; set; } = ""; // pd
        public string Relationship { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string Telephone { get; set; } = ""; // pd
        public bool HasParentalResponsibility { get; set; } // pd
    }

    public class SchoolClass
    {
        public int Id { get; set; } // no
        public string Name { get; set; } = ""; // no
        public int Capacity { get; set; } // no
        public int TeacherId { get; set; } // pd
        public string Room { get; set; } = ""; // no
    }

    public class Course
    {
        public int Id { get; set; } // no
        public string Code { get; set; } = ""; // no
        public string Title { get; set; } = ""; // no
        public int Credits { get; set; } // no
        public string Syllabus { get; set; } = ""; // no
    }

    public class Grade
    {
        public int Id { get; set; } // no
        public int StudentId { get; set; } // pd
        public int CourseId { get; set; } // no
        public string Score { get; set; } = ""; // pd
        public DateTime AwardedAt { get; set; } // no
        public int GradedByTeacherId { get; set; } // pd
    }

    public class AttendanceRecord
    {
        public long Id { get; set; } // no
        public int StudentId { get; set; } // pd
        public DateOnly Date { get; set; } // no
        public string Session { get; set; } = ""; // no
        public bool Present { get; set; } // pd
        public string? AbsenceReason { get; set; } // pd
    }

    public class Teacher
    {
        public int Id { get; set; } // key
        public string Name { get; set; } = ""; // pd
        public string Email { get; set; } = ""; // pd
        public string Subject { get; set; } = ""; // no
        public DateTime? DbsCheckDate { get; set; } // pd
    }

    public class TermCalendar
    {
        public int Year { get; set; } // no
        public DateOnly AutumnStart { get; set; } // no
        public DateOnly SpringStart { get; set; } // no
        public DateOnly SummerStart { get; set; } // no
        public List<DateOnly> InsetDays { get; set; } = new(); // no
    }

    public record EnrolmentSubmitted(
        string ChildFirstName, // pd
        string ChildLastName, // pd
        DateOnly ChildDateOfBirth, // pd
        string ParentEmail, // pd
        string Postcode, // pd
        string PreferredSchool); // no
}
#endif
