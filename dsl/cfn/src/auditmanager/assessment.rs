// @generated from AWS::AuditManager::Assessment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AuditManager::Assessment` and its property types.

/// An entity that defines the scope of audit evidence collected by AWS Audit Manager.
///
/// CloudFormation type `AWS::AuditManager::Assessment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    props: ::forma_core::schema::Props,
}
impl Assessment {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The destination in which evidence reports are stored for the specified assessment.
    #[track_caller]
    pub fn assessment_reports_destination(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AssessmentReportsDestination>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The AWS account associated with the assessment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn aws_account(mut self, value: impl ::std::convert::Into<::forma_core::Value<AwsAccount>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of delegations.
    #[track_caller]
    pub fn delegations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Delegation>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the specified assessment.
    ///
    /// Allowed: length 0 to 1000.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for the specified framework.
    ///
    /// Allowed: length 32 to 36.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn framework_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the related assessment.
    ///
    /// Allowed: length 1 to 127.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of roles for the specified assessment.
    #[track_caller]
    pub fn roles(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Role>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The wrapper that contains the AWS accounts and AWS services in scope for the assessment.
    #[track_caller]
    pub fn scope(mut self, value: impl ::std::convert::Into<::forma_core::Value<Scope>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The status of the specified assessment.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<AssessmentStatus>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the assessment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Assessment {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Assessment {
    type Attributes = AssessmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::AuditManager::Assessment"
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
/// The attributes of a `AWS::AuditManager::Assessment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssessmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssessmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssessmentAttributes {
    /// `Fn::GetAtt` `AssessmentId`.
    pub fn assessment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssessmentId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `ACTIVE`, `INACTIVE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssessmentStatus {
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssessmentStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ACTIVE", "INACTIVE"]
    }
}
impl ::std::convert::From<AssessmentStatus> for ::forma_core::Value<AssessmentStatus> {
    fn from(v: AssessmentStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssessmentStatus {}

/// The values CloudFormation documents: `S3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssessmentReportDestinationType {
    /// `S3`
    S3,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AssessmentReportDestinationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3 => "S3",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3"]
    }
}
impl ::std::convert::From<AssessmentReportDestinationType> for ::forma_core::Value<AssessmentReportDestinationType> {
    fn from(v: AssessmentReportDestinationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AssessmentReportDestinationType {}

/// The destination in which evidence reports are stored for the specified assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentReportsDestination {
    props: ::forma_core::schema::Props,
}
impl AssessmentReportsDestination {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The URL of the specified Amazon S3 bucket.
    ///
    /// Allowed: length 1 to 1024.
    pub fn destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The destination type, such as Amazon S3.
    pub fn destination_type(
        mut self,
        value: impl ::forma_core::schema::EnumArg<AssessmentReportDestinationType>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for AssessmentReportsDestination {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AssessmentReportsDestination> for ::forma_core::Value<AssessmentReportsDestination> {
    fn from(v: AssessmentReportsDestination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSESSMENT_REPORTS_DESTINATION_TYPE.properties))
    }
}

/// The AWS account associated with the assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsAccount {
    props: ::forma_core::schema::Props,
}
impl AwsAccount {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The unique identifier for the email account.
    ///
    /// Allowed: length 1 to 320.
    pub fn email_address(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The identifier for the specified AWS account.
    ///
    /// Allowed: length 12 to 12.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The name of the specified AWS account.
    ///
    /// Allowed: length 1 to 50.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsAccount {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsAccount> for ::forma_core::Value<AwsAccount> {
    fn from(v: AwsAccount) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_ACCOUNT_TYPE.properties))
    }
}

/// The values CloudFormation documents: `PROCESS_OWNER`, `RESOURCE_OWNER`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RoleType {
    /// `PROCESS_OWNER`
    ProcessOwner,
    /// `RESOURCE_OWNER`
    ResourceOwner,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl RoleType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProcessOwner => "PROCESS_OWNER",
            Self::ResourceOwner => "RESOURCE_OWNER",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["PROCESS_OWNER", "RESOURCE_OWNER"]
    }
}
impl ::std::convert::From<RoleType> for ::forma_core::Value<RoleType> {
    fn from(v: RoleType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for RoleType {}

/// The values CloudFormation documents: `IN_PROGRESS`, `UNDER_REVIEW`, `COMPLETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelegationStatus {
    /// `IN_PROGRESS`
    InProgress,
    /// `UNDER_REVIEW`
    UnderReview,
    /// `COMPLETE`
    Complete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DelegationStatus {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::UnderReview => "UNDER_REVIEW",
            Self::Complete => "COMPLETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["IN_PROGRESS", "UNDER_REVIEW", "COMPLETE"]
    }
}
impl ::std::convert::From<DelegationStatus> for ::forma_core::Value<DelegationStatus> {
    fn from(v: DelegationStatus) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DelegationStatus {}

/// The assignment of a control set to a delegate for review.
#[derive(Debug, Clone, PartialEq)]
pub struct Delegation {
    props: ::forma_core::schema::Props,
}
impl Delegation {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AssessmentId`.
    ///
    /// Allowed: length 36 to 36.
    pub fn assessment_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The name of the related assessment.
    ///
    /// Allowed: length 1 to 127.
    pub fn assessment_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The comment related to the delegation.
    ///
    /// Allowed: length 0 to 350.
    pub fn comment(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The identifier for the specified control set.
    ///
    /// Allowed: length 1 to 300.
    pub fn control_set_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The IAM user or role that performed the action.
    ///
    /// Allowed: length 20 to 2048.
    pub fn created_by(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The sequence of characters that identifies when the event occurred.
    pub fn creation_time(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `Id`.
    ///
    /// Allowed: length 36 to 36.
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The sequence of characters that identifies when the event occurred.
    pub fn last_updated(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The Amazon Resource Name (ARN) of the IAM user or role.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// The IAM role type.
    pub fn role_type(mut self, value: impl ::forma_core::schema::EnumArg<RoleType>) -> Self {
        self.props.set(9, value.into_enum_expr());
        self
    }
    /// The status of the delegation.
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<DelegationStatus>) -> Self {
        self.props.set(10, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Delegation {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Delegation> for ::forma_core::Value<Delegation> {
    fn from(v: Delegation) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DELEGATION_TYPE.properties))
    }
}

/// The wrapper that contains AWS Audit Manager role information, such as the role type and IAM ARN.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    props: ::forma_core::schema::Props,
}
impl Role {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The Amazon Resource Name (ARN) of the IAM user or role.
    ///
    /// Allowed: length 20 to 2048.
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The IAM role type.
    pub fn role_type(mut self, value: impl ::forma_core::schema::EnumArg<RoleType>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for Role {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Role> for ::forma_core::Value<Role> {
    fn from(v: Role) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROLE_TYPE.properties))
    }
}

/// The wrapper that contains the AWS accounts and AWS services in scope for the assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    props: ::forma_core::schema::Props,
}
impl Scope {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The AWS accounts included in scope.
    pub fn aws_accounts(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AwsAccount>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The AWS services included in scope.
    pub fn aws_services(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AwsService>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Scope {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Scope> for ::forma_core::Value<Scope> {
    fn from(v: Scope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCOPE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// An AWS service such as Amazon S3, AWS CloudTrail, and so on.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsService {
    props: ::forma_core::schema::Props,
}
impl AwsService {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the AWS service.
    ///
    /// Allowed: length 1 to 40.
    pub fn service_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AwsService {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AwsService> for ::forma_core::Value<AwsService> {
    fn from(v: AwsService) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(AWS_SERVICE_TYPE.properties))
    }
}

/// The schema of `AWS::AuditManager::Assessment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AuditManager::Assessment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssessmentReportsDestination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ASSESSMENT_REPORTS_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "AwsAccount",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&AWS_ACCOUNT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Delegations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&DELEGATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\W\\s\\S]*$"),
                min_length: Some(0),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "FrameworkId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|.*\\S.*)$"),
                min_length: Some(32),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_\\.]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Roles",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ROLE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Scope",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCOPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "INACTIVE"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["AssessmentId", "Arn", "CreationTime"],
};

static ASSESSMENT_REPORTS_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.AssessmentReportsDestination",
    properties: &[
        ::forma_core::schema::Property {
            name: "Destination",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(S|s)3:\\/\\/[a-zA-Z0-9\\-\\.\\(\\)\\'\\*\\_\\!\\=\\+\\@\\:\\s\\,\\?\\/]+$"),
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "DestinationType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3"]),
        },
    ],
    rules: &[],
};

static AWS_ACCOUNT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.AWSAccount",
    properties: &[
        ::forma_core::schema::Property {
            name: "EmailAddress",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^.*@.*$"),
                min_length: Some(1),
                max_length: Some(320),
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\u007E]+$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};

static DELEGATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.Delegation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssessmentId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssessmentName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9-_\\.]+$"),
                min_length: Some(1),
                max_length: Some(127),
            }),
        },
        ::forma_core::schema::Property {
            name: "Comment",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\W\\s\\S]*$"),
                min_length: None,
                max_length: Some(350),
            }),
        },
        ::forma_core::schema::Property {
            name: "ControlSetId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\w\\W\\s\\S]*$"),
                min_length: Some(1),
                max_length: Some(300),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreatedBy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*:*:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "CreationTime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "LastUpdated",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*:iam:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROCESS_OWNER", "RESOURCE_OWNER"]),
        },
        ::forma_core::schema::Property {
            name: "Status",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["IN_PROGRESS", "UNDER_REVIEW", "COMPLETE"]),
        },
    ],
    rules: &[],
};

static ROLE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.Role",
    properties: &[
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:.*:iam:.*"),
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["PROCESS_OWNER", "RESOURCE_OWNER"]),
        },
    ],
    rules: &[],
};

static SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.Scope",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccounts",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AWS_ACCOUNT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(200) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AwsServices",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&AWS_SERVICE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static AWS_SERVICE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Assessment.AWSService",
    properties: &[::forma_core::schema::Property {
        name: "ServiceName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9-\\s().]+$"),
            min_length: Some(1),
            max_length: Some(40),
        }),
    }],
    rules: &[],
};
