// @generated from AWS::ResilienceHub::App (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ResilienceHub::App` and its property types.

/// Resource Type Definition for AWS::ResilienceHub::App.
///
/// CloudFormation type `AWS::ResilienceHub::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    props: ::forma_core::schema::Props,
}
impl App {
    /// A new resource with its required properties: `AppTemplateBody`, `Name`, `ResourceMappings`.
    #[track_caller]
    pub fn new(
        app_template_body: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_mappings: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceMapping>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, app_template_body.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, resource_mappings.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Assessment execution schedule.
    #[track_caller]
    pub fn app_assessment_schedule(mut self, value: impl ::forma_core::schema::EnumArg<AppAssessmentSchedule>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// App description.
    ///
    /// Allowed: length 0 to 500.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The list of events you would like to subscribe and get notification for.
    #[track_caller]
    pub fn event_subscriptions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EventSubscription>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Defines the roles and credentials that AWS Resilience Hub would use while creating the application, importing its resources, and running an assessment.
    #[track_caller]
    pub fn permission_model(mut self, value: impl ::std::convert::Into<::forma_core::Value<PermissionModel>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Amazon Resource Name (ARN) of the Resiliency Policy.
    #[track_caller]
    pub fn resiliency_policy_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for App {
    type Attributes = AppAttributes;
    fn type_name(&self) -> &str {
        "AWS::ResilienceHub::App"
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
/// The attributes of a `AWS::ResilienceHub::App` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AppAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AppAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AppAttributes {
    /// `Fn::GetAtt` `AppArn`.
    pub fn app_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AppArn")
    }
    /// `Fn::GetAtt` `DriftStatus`.
    pub fn drift_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DriftStatus")
    }
}

/// The values CloudFormation documents: `Disabled`, `Daily`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppAssessmentSchedule {
    /// `Disabled`
    Disabled,
    /// `Daily`
    Daily,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AppAssessmentSchedule {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "Disabled",
            Self::Daily => "Daily",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Disabled", "Daily"]
    }
}
impl ::std::convert::From<AppAssessmentSchedule> for ::forma_core::Value<AppAssessmentSchedule> {
    fn from(v: AppAssessmentSchedule) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AppAssessmentSchedule {}

/// The values CloudFormation documents: `ScheduledAssessmentFailure`, `DriftDetected`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// `ScheduledAssessmentFailure`
    ScheduledAssessmentFailure,
    /// `DriftDetected`
    DriftDetected,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EventType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ScheduledAssessmentFailure => "ScheduledAssessmentFailure",
            Self::DriftDetected => "DriftDetected",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ScheduledAssessmentFailure", "DriftDetected"]
    }
}
impl ::std::convert::From<EventType> for ::forma_core::Value<EventType> {
    fn from(v: EventType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EventType {}

/// Indicates an event you would like to subscribe and get notification for.
#[derive(Debug, Clone, PartialEq)]
pub struct EventSubscription {
    props: ::forma_core::schema::Props,
}
impl EventSubscription {
    /// A new value with its required properties: `EventType`, `Name`.
    pub fn new(
        event_type: impl ::forma_core::schema::EnumArg<EventType>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, event_type.into_enum_expr());
        props.set(1, name.into().into_expr());
        Self { props }
    }
    /// Amazon Resource Name (ARN) of the Amazon Simple Notification Service topic.
    pub fn sns_topic_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EventSubscription> for ::forma_core::Value<EventSubscription> {
    fn from(v: EventSubscription) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EVENT_SUBSCRIPTION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `LegacyIAMUser`, `RoleBased`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `LegacyIAMUser`
    LegacyIamUser,
    /// `RoleBased`
    RoleBased,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LegacyIamUser => "LegacyIAMUser",
            Self::RoleBased => "RoleBased",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["LegacyIAMUser", "RoleBased"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// Defines the roles and credentials that AWS Resilience Hub would use while creating the application, importing its resources, and running an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct PermissionModel {
    props: ::forma_core::schema::Props,
}
impl PermissionModel {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, type_.into_enum_expr());
        Self { props }
    }
    /// Defines a list of role Amazon Resource Names (ARNs) to be used in other accounts.
    pub fn cross_account_role_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Existing AWS IAM role name in the primary AWS account that will be assumed by AWS Resilience Hub Service Principle to obtain a read-only access to your application resources while running an assessment.
    pub fn invoker_role_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PermissionModel> for ::forma_core::Value<PermissionModel> {
    fn from(v: PermissionModel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERMISSION_MODEL_TYPE.properties))
    }
}

/// Resource mapping is used to map logical resources from template to physical resource
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceMapping {
    props: ::forma_core::schema::Props,
}
impl ResourceMapping {
    /// A new value with its required properties: `MappingType`, `PhysicalResourceId`.
    pub fn new(
        mapping_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        physical_resource_id: impl ::std::convert::Into<::forma_core::Value<PhysicalResourceId>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, mapping_type.into().into_expr());
        props.set(3, physical_resource_id.into().into_expr());
        Self { props }
    }
    /// `EksSourceName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn eks_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `LogicalStackName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn logical_stack_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ResourceName`.
    pub fn resource_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `TerraformSourceName`.
    ///
    /// Allowed: length 1 to 255.
    pub fn terraform_source_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ResourceMapping> for ::forma_core::Value<ResourceMapping> {
    fn from(v: ResourceMapping) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_MAPPING_TYPE.properties))
    }
}

/// The `PhysicalResourceId` property type of `AWS::ResilienceHub::App`.
#[derive(Debug, Clone, PartialEq)]
pub struct PhysicalResourceId {
    props: ::forma_core::schema::Props,
}
impl PhysicalResourceId {
    /// A new value with its required properties: `Identifier`, `Type`.
    pub fn new(
        identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(2, identifier.into().into_expr());
        props.set(3, type_.into().into_expr());
        Self { props }
    }
    /// `AwsAccountId`.
    pub fn aws_account_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `AwsRegion`.
    pub fn aws_region(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PhysicalResourceId> for ::forma_core::Value<PhysicalResourceId> {
    fn from(v: PhysicalResourceId) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PHYSICAL_RESOURCE_ID_TYPE.properties))
    }
}

/// The schema of `AWS::ResilienceHub::App`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::ResilienceHub::App",
properties: &[
::forma_core::schema::Property { name: "AppAssessmentSchedule", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["Disabled", "Daily"]) },
::forma_core::schema::Property { name: "AppTemplateBody", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[\\w\\s:,-\\.'\\/{}\\[\\]:\"]+$"), min_length: Some(0), max_length: Some(409600) }) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(500) }) },
::forma_core::schema::Property { name: "EventSubscriptions", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&EVENT_SUBSCRIPTION_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) }) },
::forma_core::schema::Property { name: "Name", required: true, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "PermissionModel", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&PERMISSION_MODEL_TYPE) },
::forma_core::schema::Property { name: "ResiliencyPolicyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,1023}$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "ResourceMappings", required: true, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&RESOURCE_MAPPING_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: None, max_length: Some(256) })) },
],
rules: &[],
attributes: &["AppArn", "DriftStatus"],
};

static EVENT_SUBSCRIPTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHub::App.EventSubscription",
properties: &[
::forma_core::schema::Property { name: "EventType", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["ScheduledAssessmentFailure", "DriftDetected"]) },
::forma_core::schema::Property { name: "Name", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "SnsTopicArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"), min_length: None, max_length: None }) },
],
rules: &[],
};

static PERMISSION_MODEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::ResilienceHub::App.PermissionModel",
properties: &[
::forma_core::schema::Property { name: "CrossAccountRoleArns", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):iam::[0-9]{12}:role\\/(([\\u0021-\\u007E]+\\u002F){1,511})?[A-Za-z0-9+=,.@_/-]{1,64}$"), min_length: None, max_length: None }), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) }) },
::forma_core::schema::Property { name: "InvokerRoleName", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("((\\u002F[\\u0021-\\u007E]+\\u002F){1,511})?[A-Za-z0-9+=,.@_/-]{1,64}"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Type", required: true, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["LegacyIAMUser", "RoleBased"]) },
],
rules: &[],
};

static RESOURCE_MAPPING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHub::App.ResourceMapping",
    properties: &[
        ::forma_core::schema::Property {
            name: "EksSourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LogicalStackName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "MappingType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("CfnStack|Resource|Terraform|EKS"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PhysicalResourceId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PHYSICAL_RESOURCE_ID_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ResourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TerraformSourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};

static PHYSICAL_RESOURCE_ID_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ResilienceHub::App.PhysicalResourceId",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "AwsRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Identifier",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("Arn|Native"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[],
};
