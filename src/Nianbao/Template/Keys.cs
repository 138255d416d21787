namespace Nianbao.Template;

/// <summary>
/// The codebook keys of the template, for code that must name one (a rule about a particular row, the title
/// metadata field). The one set of constants: code never writes a key as a string literal (a test greps src/ for
/// every key, format id and printed label of the template), and a test checks every constant here against the
/// template, so a renamed key fails the build's tests instead of silently matching nothing.
/// </summary>
public static class Keys
{
    /// <summary>Section keys (template.json "sections").</summary>
    public static class Sections
    {
        public const string Overview = "overview";
        public const string Proactive = "proactive";
        public const string Applications = "applications";
        public const string ReviewLitigation = "review_litigation";
        public const string Problems = "problems";
        public const string Other = "other";
    }

    /// <summary>Table keys (template.json "tables").</summary>
    public static class Tables
    {
        public const string ActiveDisclosure = "active_disclosure";
        public const string Applications = "applications";
        public const string ReviewLitigation = "review_litigation";
    }

    /// <summary>Rows and columns of table active_disclosure, every layout.</summary>
    public static class ActiveDisclosure
    {
        public static class Rows
        {
            public const string Regulations = "regulations";
            public const string NormativeDocuments = "normative_documents";
            public const string Licensing = "licensing";
            public const string Penalty = "penalty";
            public const string Coercion = "coercion";
            public const string Fees = "fees";
            public const string OtherServices = "other_services";
            public const string Procurement = "procurement";
        }

        public static class Columns
        {
            public const string Issued = "issued";
            public const string Repealed = "repealed";
            public const string InForce = "in_force";
            public const string Decisions = "decisions";
            public const string AmountWanYuan = "amount_wan_yuan";
            public const string Made = "made";
            public const string Published = "published";
            public const string TotalPublished = "total_published";
            public const string ItemsLastYear = "items_last_year";
            public const string ItemsChange = "items_change";
            public const string Projects = "projects";
            public const string Amount = "amount";
        }
    }

    /// <summary>Rows and columns of table applications, every layout.</summary>
    public static class Applications
    {
        public static class Rows
        {
            public const string NewReceived = "new_received";
            public const string CarriedOver = "carried_over";
            public const string Granted = "granted";
            public const string PartiallyGranted = "partially_granted";
            public const string WithheldStateSecret = "withheld_state_secret";
            public const string WithheldLawProhibited = "withheld_law_prohibited";
            public const string WithheldSecurityStability = "withheld_security_stability";
            public const string WithheldThirdParty = "withheld_third_party";
            public const string WithheldInternalAffairs = "withheld_internal_affairs";
            public const string WithheldProcessInfo = "withheld_process_info";
            public const string WithheldEnforcementFile = "withheld_enforcement_file";
            public const string WithheldInquiryMatter = "withheld_inquiry_matter";
            public const string UnavailableNotHeld = "unavailable_not_held";
            public const string UnavailableNeedsCreation = "unavailable_needs_creation";
            public const string UnavailableStillUnclear = "unavailable_still_unclear";
            public const string RejectedPetition = "rejected_petition";
            public const string RejectedRepeated = "rejected_repeated";
            public const string RejectedPublication = "rejected_publication";
            public const string RejectedExcessive = "rejected_excessive";
            public const string RejectedConfirmation = "rejected_confirmation";
            public const string OtherNoCorrection = "other_no_correction";
            public const string OtherUnpaidFee = "other_unpaid_fee";
            public const string OtherOther = "other_other";
            public const string Other = "other";
            public const string TotalProcessed = "total_processed";
            public const string CarriedForward = "carried_forward";
        }

        public static class Columns
        {
            public const string NaturalPerson = "natural_person";
            public const string Commercial = "commercial";
            public const string Research = "research";
            public const string SocialWelfare = "social_welfare";
            public const string LegalServices = "legal_services";
            public const string OtherOrg = "other_org";
            public const string Total = "total";
        }
    }

    /// <summary>Rows and columns of table review_litigation, every layout.</summary>
    public static class ReviewLitigation
    {
        public static class Rows
        {
            public const string Review = "review";
            public const string LitigationDirect = "litigation_direct";
            public const string LitigationAfterReview = "litigation_after_review";
        }

        public static class Columns
        {
            public const string Upheld = "upheld";
            public const string Corrected = "corrected";
            public const string Other = "other";
            public const string Pending = "pending";
            public const string Total = "total";
        }
    }

    /// <summary>Label notes (template.json "notes") that code gives: a label matched by keyword only, a heading in
    /// another wording.</summary>
    public static class Notes
    {
        public const string Keyword = "keyword";
        public const string Wording = "wording";
    }

    /// <summary>Metadata keys (template.json "metadata").</summary>
    public static class Metadata
    {
        public const string Title = "title";
        public const string IndexNo = "index_no";
        public const string Issuer = "issuer";
        public const string DocNo = "doc_no";
        public const string Subject = "subject";
        public const string Category = "category";
        public const string Written = "written";
        public const string Published = "published";
    }

    /// <summary>Narrative figure keys (figures.json "figures" and "derived"; docs/narrative-figures.md).</summary>
    public static class Figures
    {
        public const string ApplicationsReceived = "applications_received";
        public const string ApplicationsAnswered = "applications_answered";
        public const string ApplicationsCarriedOver = "applications_carried_over";
        public const string ApplicationsCarriedForward = "applications_carried_forward";
        public const string ApplicationsGranted = "applications_granted";
        public const string ApplicationsPartiallyGranted = "applications_partially_granted";
        public const string ApplicationsWithheld = "applications_withheld";
        public const string ApplicationsUnavailable = "applications_unavailable";
        public const string ApplicationsNotHeld = "applications_not_held";
        public const string ApplicationsRejected = "applications_rejected";
        public const string ApplicationsNoCorrection = "applications_no_correction";
        public const string ReviewCases = "review_cases";
        public const string LitigationCases = "litigation_cases";
        public const string InfoFeeYuan = "info_fee_yuan";
        public const string FeeNotices = "fee_notices";
        public const string ProactiveItems = "proactive_items";
        public const string PolicyInterpretations = "policy_interpretations";
        public const string NewMediaAccounts = "new_media_accounts";
        public const string NormativeDocumentsInForce = "normative_documents_in_force";
        public const string NormativeDocumentsIssued = "normative_documents_issued";
        public const string NormativeDocumentsRepealed = "normative_documents_repealed";
        public const string StatisticsPeriodYear = "statistics_period_year";
        public const string StatisticsPeriodOther = "statistics_period_other";
        public const string BodyYear = "body_year";
    }
}
