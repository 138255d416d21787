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
        /// <summary>Section 一: 一、总体情况 (Overview).</summary>
        public const string Overview = "overview";
        /// <summary>Section 二: 二、主动公开政府信息情况 (Proactive disclosure).</summary>
        public const string Proactive = "proactive";
        /// <summary>Section 三: 三、收到和处理政府信息公开申请情况 (Applications received and processed).</summary>
        public const string Applications = "applications";
        /// <summary>Section 四: 四、政府信息公开行政复议、行政诉讼情况 (Administrative review and litigation).</summary>
        public const string ReviewLitigation = "review_litigation";
        /// <summary>Section 五: 五、存在的主要问题及改进情况 (Main problems and improvements).</summary>
        public const string Problems = "problems";
        /// <summary>Section 六: 六、其他需要报告的事项 (Other matters to report).</summary>
        public const string Other = "other";
    }

    /// <summary>Table keys (template.json "tables").</summary>
    public static class Tables
    {
        /// <summary>Table 主动公开政府信息情况 of section 二 (Proactive disclosure of government information); formats 2021, 2019.</summary>
        public const string ActiveDisclosure = "active_disclosure";
        /// <summary>Table 收到和处理政府信息公开申请情况 of section 三 (Applications for disclosure received and processed); formats 2021, 2019.</summary>
        public const string Applications = "applications";
        /// <summary>Table 政府信息公开行政复议、行政诉讼情况 of section 四 (Administrative review and litigation over disclosure); formats 2021, 2019.</summary>
        public const string ReviewLitigation = "review_litigation";
    }

    /// <summary>Rows and columns of table active_disclosure, every layout.</summary>
    public static class ActiveDisclosure
    {
        /// <summary>Row keys of the table (template.json "rows").</summary>
        public static class Rows
        {
            /// <summary>Row 规章 of table 二 (rules (规章)).</summary>
            public const string Regulations = "regulations";
            /// <summary>Row 行政规范性文件 (2021 format); 规范性文件 (2019 format) of table 二 (normative documents).</summary>
            public const string NormativeDocuments = "normative_documents";
            /// <summary>Row 行政许可 of table 二 (administrative licensing).</summary>
            public const string Licensing = "licensing";
            /// <summary>Row 行政处罚 of table 二 (administrative penalties).</summary>
            public const string Penalty = "penalty";
            /// <summary>Row 行政强制 of table 二 (administrative coercion).</summary>
            public const string Coercion = "coercion";
            /// <summary>Row 行政事业性收费 of table 二 (administrative fees).</summary>
            public const string Fees = "fees";
            /// <summary>Row 其他对外管理服务事项 (2019 format) of table 二 (other external management services).</summary>
            public const string OtherServices = "other_services";
            /// <summary>Row 政府集中采购 (2019 format) of table 二 (centralised government procurement).</summary>
            public const string Procurement = "procurement";
        }

        /// <summary>Column keys of the table (template.json "columns").</summary>
        public static class Columns
        {
            /// <summary>Column 本年制发件数 (2021 format) of table 二 (issued).</summary>
            public const string Issued = "issued";
            /// <summary>Column 本年废止件数 (2021 format) of table 二 (repealed).</summary>
            public const string Repealed = "repealed";
            /// <summary>Column 现行有效件数 (2021 format) of table 二 (documents in force).</summary>
            public const string InForce = "in_force";
            /// <summary>Column 本年处理决定数量 (2021 format); 处理决定数量 (2019 format) of table 二 (decisions).</summary>
            public const string Decisions = "decisions";
            /// <summary>Column 本年收费金额（单位：万元） (2021 format) of table 二 (fees (10,000 yuan); a decimal).</summary>
            public const string AmountWanYuan = "amount_wan_yuan";
            /// <summary>Column 本年新制作数量 (2019 format) of table 二 (made this year).</summary>
            public const string Made = "made";
            /// <summary>Column 本年新公开数量 (2019 format) of table 二 (published this year).</summary>
            public const string Published = "published";
            /// <summary>Column 对外公开总数量 (2019 format) of table 二 (total published).</summary>
            public const string TotalPublished = "total_published";
            /// <summary>Column 上一年项目数量 (2019 format) of table 二 (items last year).</summary>
            public const string ItemsLastYear = "items_last_year";
            /// <summary>Column 本年增/减 (2019 format) of table 二 (change this year; may be negative).</summary>
            public const string ItemsChange = "items_change";
            /// <summary>Column 采购项目数量 (2019 format) of table 二 (procurement projects).</summary>
            public const string Projects = "projects";
            /// <summary>Column 采购总金额 (2019 format) of table 二 (procurement amount; an amount with its printed unit).</summary>
            public const string Amount = "amount";
        }
    }

    /// <summary>Rows and columns of table applications, every layout.</summary>
    public static class Applications
    {
        /// <summary>Row keys of the table (template.json "rows").</summary>
        public static class Rows
        {
            /// <summary>Row 一、本年新收政府信息公开申请数量 of table 三 (1. new applications this year).</summary>
            public const string NewReceived = "new_received";
            /// <summary>Row 二、上年结转政府信息公开申请数量 of table 三 (2. carried over from last year).</summary>
            public const string CarriedOver = "carried_over";
            /// <summary>Row 三、本年度办理结果 › （一）予以公开 of table 三 ((1) granted).</summary>
            public const string Granted = "granted";
            /// <summary>Row 三、本年度办理结果 › （二）部分公开（区分处理的，只计这一情形，不计其他情形） of table 三 ((2) partially granted).</summary>
            public const string PartiallyGranted = "partially_granted";
            /// <summary>Row （三）不予公开 › 1.属于国家秘密 of table 三 (withheld: state secret).</summary>
            public const string WithheldStateSecret = "withheld_state_secret";
            /// <summary>Row （三）不予公开 › 2.其他法律行政法规禁止公开 of table 三 (withheld: prohibited by other laws).</summary>
            public const string WithheldLawProhibited = "withheld_law_prohibited";
            /// <summary>Row （三）不予公开 › 3.危及“三安全一稳定” of table 三 (withheld: endangers security or stability).</summary>
            public const string WithheldSecurityStability = "withheld_security_stability";
            /// <summary>Row （三）不予公开 › 4.保护第三方合法权益 of table 三 (withheld: third-party rights).</summary>
            public const string WithheldThirdParty = "withheld_third_party";
            /// <summary>Row （三）不予公开 › 5.属于三类内部事务信息 of table 三 (withheld: internal affairs).</summary>
            public const string WithheldInternalAffairs = "withheld_internal_affairs";
            /// <summary>Row （三）不予公开 › 6.属于四类过程性信息 of table 三 (withheld: process information).</summary>
            public const string WithheldProcessInfo = "withheld_process_info";
            /// <summary>Row （三）不予公开 › 7.属于行政执法案卷 of table 三 (withheld: enforcement case file).</summary>
            public const string WithheldEnforcementFile = "withheld_enforcement_file";
            /// <summary>Row （三）不予公开 › 8.属于行政查询事项 of table 三 (withheld: administrative inquiry matter).</summary>
            public const string WithheldInquiryMatter = "withheld_inquiry_matter";
            /// <summary>Row （四）无法提供 › 1.本机关不掌握相关政府信息 of table 三 (unavailable: not held).</summary>
            public const string UnavailableNotHeld = "unavailable_not_held";
            /// <summary>Row （四）无法提供 › 2.没有现成信息需要另行制作 of table 三 (unavailable: would have to be created).</summary>
            public const string UnavailableNeedsCreation = "unavailable_needs_creation";
            /// <summary>Row （四）无法提供 › 3.补正后申请内容仍不明确 of table 三 (unavailable: still unclear after correction).</summary>
            public const string UnavailableStillUnclear = "unavailable_still_unclear";
            /// <summary>Row （五）不予处理 › 1.信访举报投诉类申请 of table 三 (not processed: petition or complaint).</summary>
            public const string RejectedPetition = "rejected_petition";
            /// <summary>Row （五）不予处理 › 2.重复申请 of table 三 (not processed: repeated application).</summary>
            public const string RejectedRepeated = "rejected_repeated";
            /// <summary>Row （五）不予处理 › 3.要求提供公开出版物 of table 三 (not processed: asks for a publication).</summary>
            public const string RejectedPublication = "rejected_publication";
            /// <summary>Row （五）不予处理 › 4.无正当理由大量反复申请 of table 三 (not processed: excessive repeated applications).</summary>
            public const string RejectedExcessive = "rejected_excessive";
            /// <summary>Row （五）不予处理 › 5.要求行政机关确认或重新出具已获取信息 of table 三 (not processed: asks to confirm or reissue information).</summary>
            public const string RejectedConfirmation = "rejected_confirmation";
            /// <summary>Row （六）其他处理 › 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 of table 三 (other: not corrected in time).</summary>
            public const string OtherNoCorrection = "other_no_correction";
            /// <summary>Row （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 of table 三 (other: fee not paid in time).</summary>
            public const string OtherUnpaidFee = "other_unpaid_fee";
            /// <summary>Row （六）其他处理 › 3.其他 of table 三 (other: other).</summary>
            public const string OtherOther = "other_other";
            /// <summary>Row 三、本年度办理结果 › （六）其他处理 of table 三 ((6) other handling).</summary>
            public const string Other = "other";
            /// <summary>Row 三、本年度办理结果 › （七）总计 of table 三 ((7) total processed).</summary>
            public const string TotalProcessed = "total_processed";
            /// <summary>Row 四、结转下年度继续办理 of table 三 (4. carried forward to next year).</summary>
            public const string CarriedForward = "carried_forward";
        }

        /// <summary>Column keys of the table (template.json "columns").</summary>
        public static class Columns
        {
            /// <summary>Column 申请人情况 › 自然人 of table 三 (natural persons).</summary>
            public const string NaturalPerson = "natural_person";
            /// <summary>Column 法人或其他组织 › 商业企业 of table 三 (commercial enterprises).</summary>
            public const string Commercial = "commercial";
            /// <summary>Column 法人或其他组织 › 科研机构 of table 三 (research institutions).</summary>
            public const string Research = "research";
            /// <summary>Column 法人或其他组织 › 社会公益组织 of table 三 (public-interest organisations).</summary>
            public const string SocialWelfare = "social_welfare";
            /// <summary>Column 法人或其他组织 › 法律服务机构 of table 三 (legal service organisations).</summary>
            public const string LegalServices = "legal_services";
            /// <summary>Column 法人或其他组织 › 其他 of table 三 (other organisations).</summary>
            public const string OtherOrg = "other_org";
            /// <summary>Column 申请人情况 › 总计 of table 三 (total).</summary>
            public const string Total = "total";
        }
    }

    /// <summary>Rows and columns of table review_litigation, every layout.</summary>
    public static class ReviewLitigation
    {
        /// <summary>Row keys of the table (template.json "rows").</summary>
        public static class Rows
        {
            /// <summary>Row 行政复议 of table 四 (administrative review).</summary>
            public const string Review = "review";
            /// <summary>Row 行政诉讼 › 未经复议直接起诉 of table 四 (litigation without prior review).</summary>
            public const string LitigationDirect = "litigation_direct";
            /// <summary>Row 行政诉讼 › 复议后起诉 of table 四 (litigation after review).</summary>
            public const string LitigationAfterReview = "litigation_after_review";
        }

        /// <summary>Column keys of the table (template.json "columns").</summary>
        public static class Columns
        {
            /// <summary>Column 结果维持 of table 四 (upheld).</summary>
            public const string Upheld = "upheld";
            /// <summary>Column 结果纠正 of table 四 (corrected).</summary>
            public const string Corrected = "corrected";
            /// <summary>Column 其他结果 of table 四 (other result).</summary>
            public const string Other = "other";
            /// <summary>Column 尚未审结 of table 四 (pending).</summary>
            public const string Pending = "pending";
            /// <summary>Column 总计 of table 四 (total).</summary>
            public const string Total = "total";
        }
    }

    /// <summary>Label notes (template.json "notes") that code gives: a label matched by keyword only, a heading in
    /// another wording.</summary>
    public static class Notes
    {
        /// <summary>Note on a label that matches only by keyword (printed: （仅关键词相同）).</summary>
        public const string Keyword = "keyword";
        /// <summary>Note on a heading printed in another wording of the same meaning (no printed note).</summary>
        public const string Wording = "wording";
    }

    /// <summary>Metadata keys (template.json "metadata").</summary>
    public static class Metadata
    {
        /// <summary>Metadata field title, printed as 标题/名称/文件名称/信息名称.</summary>
        public const string Title = "title";
        /// <summary>Metadata field index number, printed as 索引号.</summary>
        public const string IndexNo = "index_no";
        /// <summary>Metadata field issuer, printed as 发文机关/发布机构/发布机关/发文单位/信息来源/来源.</summary>
        public const string Issuer = "issuer";
        /// <summary>Metadata field document number, printed as 文号/发文字号.</summary>
        public const string DocNo = "doc_no";
        /// <summary>Metadata field subject, printed as 主题分类/主题词.</summary>
        public const string Subject = "subject";
        /// <summary>Metadata field category, printed as 组配分类/体裁分类/信息分类.</summary>
        public const string Category = "category";
        /// <summary>Metadata field date written, printed as 成文日期/生成日期 (a date).</summary>
        public const string Written = "written";
        /// <summary>Metadata field date published, printed as 发布日期/发文日期/公开日期/发布时间 (a date).</summary>
        public const string Published = "published";
    }

    /// <summary>Narrative figure keys (figures.json "figures" and "derived"; docs/narrative-figures.md).</summary>
    public static class Figures
    {
        /// <summary>Narrative figure counted in 件, found after 收到/受理/接收/新收; compared with table row 一、本年新收政府信息公开申请数量.</summary>
        public const string ApplicationsReceived = "applications_received";
        /// <summary>Narrative figure counted in 件, found after 答复完成/办理完成/办理完毕/办结; compared with table row （七）总计.</summary>
        public const string ApplicationsAnswered = "applications_answered";
        /// <summary>Narrative figure counted in 件, found after 在法定期限内答复/按时答复/按期答复 or before 予以答复/作出答复/答复; not compared with the table.</summary>
        public const string ApplicationsAnsweredInTime = "applications_answered_in_time";
        /// <summary>Narrative figure counted in 件, found after 上年结转/上一年结转/上年度结转/上一年度结转; compared with table row 二、上年结转政府信息公开申请数量.</summary>
        public const string ApplicationsCarriedOver = "applications_carried_over";
        /// <summary>Narrative figure counted in 件, found after 结转; compared with table row 四、结转下年度继续办理.</summary>
        public const string ApplicationsCarriedForward = "applications_carried_forward";
        /// <summary>Narrative figure counted in 件, found after 予以公开; compared with table row （一）予以公开.</summary>
        public const string ApplicationsGranted = "applications_granted";
        /// <summary>Narrative figure counted in 件, found after 部分公开; compared with table row （二）部分公开.</summary>
        public const string ApplicationsPartiallyGranted = "applications_partially_granted";
        /// <summary>Narrative figure counted in 件, found after 不予公开; compared with table row （三）不予公开.</summary>
        public const string ApplicationsWithheld = "applications_withheld";
        /// <summary>Narrative figure counted in 件, found after 无法提供; compared with table row （四）无法提供.</summary>
        public const string ApplicationsUnavailable = "applications_unavailable";
        /// <summary>Narrative figure counted in 件, found after 不掌握; compared with table row 1.本机关不掌握相关政府信息.</summary>
        public const string ApplicationsNotHeld = "applications_not_held";
        /// <summary>Narrative figure counted in 件, found after 不予处理; compared with table row （五）不予处理.</summary>
        public const string ApplicationsRejected = "applications_rejected";
        /// <summary>Narrative figure counted in 件, found after 逾期不补正/逾期未补正/未按期补正; compared with table row 1.申请人无正当理由逾期不补正.</summary>
        public const string ApplicationsNoCorrection = "applications_no_correction";
        /// <summary>Narrative figure counted in 件, found after 行政复议; compared with table row 行政复议 总计.</summary>
        public const string ReviewCases = "review_cases";
        /// <summary>Narrative figure counted in 件, found after 行政诉讼; compared with table row 行政诉讼 总计（未经复议直接起诉 + 复议后起诉）.</summary>
        public const string LitigationCases = "litigation_cases";
        /// <summary>Narrative figure counted in 元, found after 信息处理费/信息公开处理费.</summary>
        public const string InfoFeeYuan = "info_fee_yuan";
        /// <summary>Narrative figure counted in 份, found after 收费通知.</summary>
        public const string FeeNotices = "fee_notices";
        /// <summary>Narrative figure counted in 条, found after 主动公开政府信息/主动公开政务信息/主动公开信息.</summary>
        public const string ProactiveItems = "proactive_items";
        /// <summary>Narrative figure counted in 条, found after 政策解读.</summary>
        public const string PolicyInterpretations = "policy_interpretations";
        /// <summary>Narrative figure counted in 个, found after 新媒体账号/新媒体.</summary>
        public const string NewMediaAccounts = "new_media_accounts";
        /// <summary>Narrative figure counted in 件, found after 现行有效行政规范性文件/现行有效规范性文件; compared with table row 行政规范性文件 现行有效件数.</summary>
        public const string NormativeDocumentsInForce = "normative_documents_in_force";
        /// <summary>Narrative figure counted in 件, found after 制发; compared with table row 行政规范性文件 本年制发件数.</summary>
        public const string NormativeDocumentsIssued = "normative_documents_issued";
        /// <summary>Narrative figure counted in 件, found after 废止; compared with table row 行政规范性文件 本年废止件数.</summary>
        public const string NormativeDocumentsRepealed = "normative_documents_repealed";
        /// <summary>Derived figure: the calendar year of the statistics period a line mentioning 统计 names (统计期限为2023年1月1日到12月31日), in 年.</summary>
        public const string StatisticsPeriodYear = "statistics_period_year";
        /// <summary>Derived figure: a 统计 period that is not one calendar year; the value is its start year, in 年.</summary>
        public const string StatisticsPeriodOther = "statistics_period_other";
        /// <summary>Derived figure: the most frequent YYYY年 in section 一 (a tie gives none), in 年.</summary>
        public const string BodyYear = "body_year";
    }
}
