// @generated from AWS::LicenseManager::Grant (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::LicenseManager::Grant` and its property types.

/// An example resource schema demonstrating some basic constructs and validation rules.
///
/// CloudFormation type `AWS::LicenseManager::Grant`.
#[derive(Debug, Clone, PartialEq)]
pub struct Grant {
    props: ::forma_core::schema::Props,
}
impl Grant {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AllowedOperations`.
    #[track_caller]
    pub fn allowed_operations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AllowedOperations>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name for the created Grant.
    #[track_caller]
    pub fn grant_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Home region for the created grant.
    #[track_caller]
    pub fn home_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// License Arn for the grant.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn license_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Principals`.
    #[track_caller]
    pub fn principals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Status`.
    #[track_caller]
    pub fn status(mut self, value: impl ::forma_core::schema::EnumArg<Status>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of tags to attach.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for Grant {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for Grant {
    type Attributes = GrantAttributes;
    fn type_name(&self) -> &str {
        "AWS::LicenseManager::Grant"
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
/// The attributes of a `AWS::LicenseManager::Grant` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GrantAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GrantAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GrantAttributes {
    /// `Fn::GetAtt` `GrantArn`.
    pub fn grant_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "GrantArn")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
}

/// The values CloudFormation documents: `CheckInLicense`, `CheckoutBorrowLicense`, `CheckoutLicense`, `CreateGrant`, `CreateToken`, `ExtendConsumptionLicense`, `ListPurchasedLicenses`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedOperations {
    /// `CheckInLicense`
    CheckInLicense,
    /// `CheckoutBorrowLicense`
    CheckoutBorrowLicense,
    /// `CheckoutLicense`
    CheckoutLicense,
    /// `CreateGrant`
    CreateGrant,
    /// `CreateToken`
    CreateToken,
    /// `ExtendConsumptionLicense`
    ExtendConsumptionLicense,
    /// `ListPurchasedLicenses`
    ListPurchasedLicenses,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AllowedOperations {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CheckInLicense => "CheckInLicense",
            Self::CheckoutBorrowLicense => "CheckoutBorrowLicense",
            Self::CheckoutLicense => "CheckoutLicense",
            Self::CreateGrant => "CreateGrant",
            Self::CreateToken => "CreateToken",
            Self::ExtendConsumptionLicense => "ExtendConsumptionLicense",
            Self::ListPurchasedLicenses => "ListPurchasedLicenses",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "CheckInLicense",
            "CheckoutBorrowLicense",
            "CheckoutLicense",
            "CreateGrant",
            "CreateToken",
            "ExtendConsumptionLicense",
            "ListPurchasedLicenses",
        ]
    }
}
impl ::std::convert::From<AllowedOperations> for ::forma_core::Value<AllowedOperations> {
    fn from(v: AllowedOperations) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AllowedOperations {}

/// The values CloudFormation documents: `ACTIVE`, `DELETED`, `DISABLED`, `FAILED_WORKFLOW`, `PENDING_ACCEPT`, `PENDING_DELETE`, `PENDING_WORKFLOW`, `REJECTED`, `WORKFLOW_COMPLETED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `ACTIVE`
    Active,
    /// `DELETED`
    Deleted,
    /// `DISABLED`
    Disabled,
    /// `FAILED_WORKFLOW`
    FailedWorkflow,
    /// `PENDING_ACCEPT`
    PendingAccept,
    /// `PENDING_DELETE`
    PendingDelete,
    /// `PENDING_WORKFLOW`
    PendingWorkflow,
    /// `REJECTED`
    Rejected,
    /// `WORKFLOW_COMPLETED`
    WorkflowCompleted,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Status {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Deleted => "DELETED",
            Self::Disabled => "DISABLED",
            Self::FailedWorkflow => "FAILED_WORKFLOW",
            Self::PendingAccept => "PENDING_ACCEPT",
            Self::PendingDelete => "PENDING_DELETE",
            Self::PendingWorkflow => "PENDING_WORKFLOW",
            Self::Rejected => "REJECTED",
            Self::WorkflowCompleted => "WORKFLOW_COMPLETED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "ACTIVE",
            "DELETED",
            "DISABLED",
            "FAILED_WORKFLOW",
            "PENDING_ACCEPT",
            "PENDING_DELETE",
            "PENDING_WORKFLOW",
            "REJECTED",
            "WORKFLOW_COMPLETED",
        ]
    }
}
impl ::std::convert::From<Status> for ::forma_core::Value<Status> {
    fn from(v: Status) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Status {}

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

/// The schema of `AWS::LicenseManager::Grant`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::LicenseManager::Grant",
properties: &[
::forma_core::schema::Property { name: "AllowedOperations", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Enum(&["CheckInLicense", "CheckoutBorrowLicense", "CheckoutLicense", "CreateGrant", "CreateToken", "ExtendConsumptionLicense", "ListPurchasedLicenses"]), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(8) }) },
::forma_core::schema::Property { name: "GrantName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "HomeRegion", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING) },
::forma_core::schema::Property { name: "LicenseArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Principals", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws[a-zA-Z-]*:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: Some(0), max_length: Some(2048) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) }) },
::forma_core::schema::Property { name: "Status", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ACTIVE", "DELETED", "DISABLED", "FAILED_WORKFLOW", "PENDING_ACCEPT", "PENDING_DELETE", "PENDING_WORKFLOW", "REJECTED", "WORKFLOW_COMPLETED"]) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
],
rules: &[],
attributes: &["GrantArn", "Version"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::LicenseManager::Grant.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
