// @generated from AWS::SSM::PatchBaseline (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSM::PatchBaseline` and its property types.

/// Resource Type definition for AWS::SSM::PatchBaseline
///
/// CloudFormation type `AWS::SSM::PatchBaseline`.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchBaseline {
    props: ::forma_core::schema::Props,
}
impl PatchBaseline {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(8, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A set of rules defining the approval rules for a patch baseline.
    #[track_caller]
    pub fn approval_rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<RuleGroup>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of explicitly approved patches for the baseline.
    #[track_caller]
    pub fn approved_patches(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the compliance level for approved patches.
    #[track_caller]
    pub fn approved_patches_compliance_level(
        mut self,
        value: impl ::forma_core::schema::EnumArg<ApprovedPatchesComplianceLevel>,
    ) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether the list of approved patches includes non-security updates that should be applied to the instances.
    #[track_caller]
    pub fn approved_patches_enable_non_security(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The compliance status for vendor recommended security updates that are not approved by this patch baseline.
    #[track_caller]
    pub fn available_security_updates_compliance_status(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AvailableSecurityUpdatesComplianceStatus>,
    ) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Set the baseline as default baseline.
    #[track_caller]
    pub fn default_baseline(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the patch baseline.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of global filters used to include patches in the baseline.
    #[track_caller]
    pub fn global_filters(mut self, value: impl ::std::convert::Into<::forma_core::Value<PatchFilterGroup>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the operating system the patch baseline applies to.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn operating_system(mut self, value: impl ::forma_core::schema::EnumArg<OperatingSystem>) -> Self {
        self.props.set_at(9, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// PatchGroups is used to associate instances with a specific patch baseline
    #[track_caller]
    pub fn patch_groups(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of explicitly rejected patches for the baseline.
    #[track_caller]
    pub fn rejected_patches(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The action for Patch Manager to take on patches included in the RejectedPackages list.
    #[track_caller]
    pub fn rejected_patches_action(mut self, value: impl ::forma_core::schema::EnumArg<RejectedPatchesAction>) -> Self {
        self.props.set_at(12, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Information about the patches to use to update the instances, including target operating systems and source repository.
    #[track_caller]
    pub fn sources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PatchSource>>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Optional metadata that you assign to a resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for PatchBaseline {
    type Attributes = PatchBaselineAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSM::PatchBaseline"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SSM::PatchBaseline` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct PatchBaselineAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for PatchBaselineAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl PatchBaselineAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The values CloudFormation documents: `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`, `INFORMATIONAL`, `UNSPECIFIED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovedPatchesComplianceLevel {
    /// `CRITICAL`
    Critical,
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// `INFORMATIONAL`
    Informational,
    /// `UNSPECIFIED`
    Unspecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ApprovedPatchesComplianceLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Critical => "CRITICAL",
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Informational => "INFORMATIONAL",
            Self::Unspecified => "UNSPECIFIED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNSPECIFIED"]
    }
}
impl ::std::convert::From<ApprovedPatchesComplianceLevel> for ::forma_core::Value<ApprovedPatchesComplianceLevel> {
    fn from(v: ApprovedPatchesComplianceLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ApprovedPatchesComplianceLevel {}

/// The values CloudFormation documents: `NON_COMPLIANT`, `COMPLIANT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AvailableSecurityUpdatesComplianceStatus {
    /// `NON_COMPLIANT`
    NonCompliant,
    /// `COMPLIANT`
    Compliant,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AvailableSecurityUpdatesComplianceStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NonCompliant => "NON_COMPLIANT",
            Self::Compliant => "COMPLIANT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NON_COMPLIANT", "COMPLIANT"]
    }
}
impl ::std::convert::From<AvailableSecurityUpdatesComplianceStatus>
    for ::forma_core::Value<AvailableSecurityUpdatesComplianceStatus>
{
    fn from(v: AvailableSecurityUpdatesComplianceStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AvailableSecurityUpdatesComplianceStatus {}

/// The values CloudFormation documents: `WINDOWS`, `AMAZON_LINUX`, `AMAZON_LINUX_2`, `AMAZON_LINUX_2022`, `AMAZON_LINUX_2023`, `UBUNTU`, `REDHAT_ENTERPRISE_LINUX`, `SUSE`, `CENTOS`, `ORACLE_LINUX`, `DEBIAN`, `MACOS`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OperatingSystem {
    /// `WINDOWS`
    Windows,
    /// `AMAZON_LINUX`
    AmazonLinux,
    /// `AMAZON_LINUX_2`
    AmazonLinux2,
    /// `AMAZON_LINUX_2022`
    AmazonLinux2022,
    /// `AMAZON_LINUX_2023`
    AmazonLinux2023,
    /// `UBUNTU`
    Ubuntu,
    /// `REDHAT_ENTERPRISE_LINUX`
    RedhatEnterpriseLinux,
    /// `SUSE`
    Suse,
    /// `CENTOS`
    Centos,
    /// `ORACLE_LINUX`
    OracleLinux,
    /// `DEBIAN`
    Debian,
    /// `MACOS`
    Macos,
    /// `RASPBIAN`
    Raspbian,
    /// `ROCKY_LINUX`
    RockyLinux,
    /// `ALMA_LINUX`
    AlmaLinux,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OperatingSystem {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Windows => "WINDOWS",
            Self::AmazonLinux => "AMAZON_LINUX",
            Self::AmazonLinux2 => "AMAZON_LINUX_2",
            Self::AmazonLinux2022 => "AMAZON_LINUX_2022",
            Self::AmazonLinux2023 => "AMAZON_LINUX_2023",
            Self::Ubuntu => "UBUNTU",
            Self::RedhatEnterpriseLinux => "REDHAT_ENTERPRISE_LINUX",
            Self::Suse => "SUSE",
            Self::Centos => "CENTOS",
            Self::OracleLinux => "ORACLE_LINUX",
            Self::Debian => "DEBIAN",
            Self::Macos => "MACOS",
            Self::Raspbian => "RASPBIAN",
            Self::RockyLinux => "ROCKY_LINUX",
            Self::AlmaLinux => "ALMA_LINUX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "WINDOWS",
            "AMAZON_LINUX",
            "AMAZON_LINUX_2",
            "AMAZON_LINUX_2022",
            "AMAZON_LINUX_2023",
            "UBUNTU",
            "REDHAT_ENTERPRISE_LINUX",
            "SUSE",
            "CENTOS",
            "ORACLE_LINUX",
            "DEBIAN",
            "MACOS",
            "RASPBIAN",
            "ROCKY_LINUX",
            "ALMA_LINUX",
        ]
    }
}
impl ::std::convert::From<OperatingSystem> for ::forma_core::Value<OperatingSystem> {
    fn from(v: OperatingSystem) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OperatingSystem {}

/// The values CloudFormation documents: `ALLOW_AS_DEPENDENCY`, `BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RejectedPatchesAction {
    /// `ALLOW_AS_DEPENDENCY`
    AllowAsDependency,
    /// `BLOCK`
    Block,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RejectedPatchesAction {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowAsDependency => "ALLOW_AS_DEPENDENCY",
            Self::Block => "BLOCK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ALLOW_AS_DEPENDENCY", "BLOCK"]
    }
}
impl ::std::convert::From<RejectedPatchesAction> for ::forma_core::Value<RejectedPatchesAction> {
    fn from(v: RejectedPatchesAction) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RejectedPatchesAction {}

/// A set of rules defining the approval rules for a patch baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleGroup {
    props: ::forma_core::schema::Props,
}
impl RuleGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PatchRules`.
    pub fn patch_rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Rule>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RuleGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RuleGroup> for ::forma_core::Value<RuleGroup> {
    fn from(v: RuleGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_GROUP_TYPE.properties))
    }
}

/// The patch filter group that defines the criteria for the rule.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchFilterGroup {
    props: ::forma_core::schema::Props,
}
impl PatchFilterGroup {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `PatchFilters`.
    pub fn patch_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<PatchFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PatchFilterGroup {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PatchFilterGroup> for ::forma_core::Value<PatchFilterGroup> {
    fn from(v: PatchFilterGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATCH_FILTER_GROUP_TYPE.properties))
    }
}

/// Information about the patches to use to update the instances, including target operating systems and source repository.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchSource {
    props: ::forma_core::schema::Props,
}
impl PatchSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Configuration`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Products`.
    pub fn products(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PatchSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PatchSource> for ::forma_core::Value<PatchSource> {
    fn from(v: PatchSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATCH_SOURCE_TYPE.properties))
    }
}

/// Metadata that you assign to your AWS resources.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CRITICAL`, `HIGH`, `INFORMATIONAL`, `LOW`, `MEDIUM`, `UNSPECIFIED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ComplianceLevel {
    /// `CRITICAL`
    Critical,
    /// `HIGH`
    High,
    /// `INFORMATIONAL`
    Informational,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `UNSPECIFIED`
    Unspecified,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ComplianceLevel {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Critical => "CRITICAL",
            Self::High => "HIGH",
            Self::Informational => "INFORMATIONAL",
            Self::Low => "LOW",
            Self::Medium => "MEDIUM",
            Self::Unspecified => "UNSPECIFIED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CRITICAL", "HIGH", "INFORMATIONAL", "LOW", "MEDIUM", "UNSPECIFIED"]
    }
}
impl ::std::convert::From<ComplianceLevel> for ::forma_core::Value<ComplianceLevel> {
    fn from(v: ComplianceLevel) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ComplianceLevel {}

/// Defines an approval rule for a patch baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ApproveAfterDays`.
    ///
    /// Allowed: 0 to 360.
    pub fn approve_after_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ApproveUntilDate`.
    ///
    /// Allowed: length 0 to 10.
    pub fn approve_until_date(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ComplianceLevel`.
    pub fn compliance_level(mut self, value: impl ::forma_core::schema::EnumArg<ComplianceLevel>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `EnableNonSecurity`.
    pub fn enable_non_security(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The patch filter group that defines the criteria for the rule.
    pub fn patch_filter_group(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<PatchFilterGroup>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Rule {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Rule> for ::forma_core::Value<Rule> {
    fn from(v: Rule) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RULE_TYPE.properties))
    }
}

/// The values CloudFormation documents: `ADVISORY_ID`, `ARCH`, `BUGZILLA_ID`, `CLASSIFICATION`, `CVE_ID`, `EPOCH`, `MSRC_SEVERITY`, `NAME`, `PATCH_ID`, `PATCH_SET`, `PRIORITY`, `PRODUCT`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Key {
    /// `ADVISORY_ID`
    AdvisoryId,
    /// `ARCH`
    Arch,
    /// `BUGZILLA_ID`
    BugzillaId,
    /// `CLASSIFICATION`
    Classification,
    /// `CVE_ID`
    CveId,
    /// `EPOCH`
    Epoch,
    /// `MSRC_SEVERITY`
    MsrcSeverity,
    /// `NAME`
    Name,
    /// `PATCH_ID`
    PatchId,
    /// `PATCH_SET`
    PatchSet,
    /// `PRIORITY`
    Priority,
    /// `PRODUCT`
    Product,
    /// `PRODUCT_FAMILY`
    ProductFamily,
    /// `RELEASE`
    Release,
    /// `REPOSITORY`
    Repository,
    /// `SECTION`
    Section,
    /// `SECURITY`
    Security,
    /// `SEVERITY`
    Severity,
    /// `VERSION`
    Version,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Key {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdvisoryId => "ADVISORY_ID",
            Self::Arch => "ARCH",
            Self::BugzillaId => "BUGZILLA_ID",
            Self::Classification => "CLASSIFICATION",
            Self::CveId => "CVE_ID",
            Self::Epoch => "EPOCH",
            Self::MsrcSeverity => "MSRC_SEVERITY",
            Self::Name => "NAME",
            Self::PatchId => "PATCH_ID",
            Self::PatchSet => "PATCH_SET",
            Self::Priority => "PRIORITY",
            Self::Product => "PRODUCT",
            Self::ProductFamily => "PRODUCT_FAMILY",
            Self::Release => "RELEASE",
            Self::Repository => "REPOSITORY",
            Self::Section => "SECTION",
            Self::Security => "SECURITY",
            Self::Severity => "SEVERITY",
            Self::Version => "VERSION",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ADVISORY_ID",
            "ARCH",
            "BUGZILLA_ID",
            "CLASSIFICATION",
            "CVE_ID",
            "EPOCH",
            "MSRC_SEVERITY",
            "NAME",
            "PATCH_ID",
            "PATCH_SET",
            "PRIORITY",
            "PRODUCT",
            "PRODUCT_FAMILY",
            "RELEASE",
            "REPOSITORY",
            "SECTION",
            "SECURITY",
            "SEVERITY",
            "VERSION",
        ]
    }
}
impl ::std::convert::From<Key> for ::forma_core::Value<Key> {
    fn from(v: Key) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Key {}

/// Defines which patches should be included in a patch baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchFilter {
    props: ::forma_core::schema::Props,
}
impl PatchFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::forma_core::schema::EnumArg<Key>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PatchFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PatchFilter> for ::forma_core::Value<PatchFilter> {
    fn from(v: PatchFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATCH_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::SSM::PatchBaseline`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSM::PatchBaseline",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApprovalRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RULE_GROUP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ApprovedPatches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApprovedPatchesComplianceLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CRITICAL",
                "HIGH",
                "MEDIUM",
                "LOW",
                "INFORMATIONAL",
                "UNSPECIFIED",
            ]),
        },
        ::forma_core::schema::Property {
            name: "ApprovedPatchesEnableNonSecurity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "AvailableSecurityUpdatesComplianceStatus",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["NON_COMPLIANT", "COMPLIANT"]),
        },
        ::forma_core::schema::Property {
            name: "DefaultBaseline",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "GlobalFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATCH_FILTER_GROUP_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,128}$"),
                min_length: Some(3),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "OperatingSystem",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&[
                "WINDOWS",
                "AMAZON_LINUX",
                "AMAZON_LINUX_2",
                "AMAZON_LINUX_2022",
                "AMAZON_LINUX_2023",
                "UBUNTU",
                "REDHAT_ENTERPRISE_LINUX",
                "SUSE",
                "CENTOS",
                "ORACLE_LINUX",
                "DEBIAN",
                "MACOS",
                "RASPBIAN",
                "ROCKY_LINUX",
                "ALMA_LINUX",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PatchGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RejectedPatches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(100),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "RejectedPatchesAction",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ALLOW_AS_DEPENDENCY", "BLOCK"]),
        },
        ::forma_core::schema::Property {
            name: "Sources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&PATCH_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(1000) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static RULE_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.RuleGroup",
    properties: &[::forma_core::schema::Property {
        name: "PatchRules",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&RULE_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static PATCH_FILTER_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.PatchFilterGroup",
    properties: &[::forma_core::schema::Property {
        name: "PatchFilters",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&PATCH_FILTER_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
        ),
    }],
    rules: &[],
};

static PATCH_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.PatchSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_\\-.]{3,50}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Products",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static RULE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.Rule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApproveAfterDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(360.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "ApproveUntilDate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(10),
            }),
        },
        ::forma_core::schema::Property {
            name: "ComplianceLevel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CRITICAL",
                "HIGH",
                "INFORMATIONAL",
                "LOW",
                "MEDIUM",
                "UNSPECIFIED",
            ]),
        },
        ::forma_core::schema::Property {
            name: "EnableNonSecurity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "PatchFilterGroup",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATCH_FILTER_GROUP_TYPE),
        },
    ],
    rules: &[],
};

static PATCH_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSM::PatchBaseline.PatchFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "ADVISORY_ID",
                "ARCH",
                "BUGZILLA_ID",
                "CLASSIFICATION",
                "CVE_ID",
                "EPOCH",
                "MSRC_SEVERITY",
                "NAME",
                "PATCH_ID",
                "PATCH_SET",
                "PRIORITY",
                "PRODUCT",
                "PRODUCT_FAMILY",
                "RELEASE",
                "REPOSITORY",
                "SECTION",
                "SECURITY",
                "SEVERITY",
                "VERSION",
            ]),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(64),
                }),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(20) },
            ),
        },
    ],
    rules: &[],
};
