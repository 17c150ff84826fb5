// @generated from AWS::CloudFormation::ChangeSet (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::ChangeSet` and its property types.

/// Resource type definition for AWS::CloudFormation::ChangeSet
///
/// CloudFormation type `AWS::CloudFormation::ChangeSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeSet {
    props: ::forma_core::schema::Props,
}
impl ChangeSet {
    /// A new resource with its required properties: `ChangeSetName`, `StackName`.
    #[track_caller]
    pub fn new(
        change_set_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        stack_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, change_set_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, stack_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The capabilities that are allowed in the stack.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn capabilities(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Capabilities>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of change set operation.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn change_set_type(mut self, value: impl ::forma_core::schema::EnumArg<ChangeSetType>) -> Self {
        self.props.set_at(2, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines how CloudFormation handles configuration drift during deployment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn deployment_mode(mut self, value: impl ::forma_core::schema::EnumArg<DeploymentMode>) -> Self {
        self.props.set_at(3, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description to help you identify this change set.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates if the change set imports resources that already exist.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn import_existing_resources(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a change set for all nested stacks specified in the template.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn include_nested_stacks(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARNs of Amazon SNS topics that CloudFormation associates with the stack.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notification_ar_ns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Determines what action will be taken if stack creation fails.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn on_stack_failure(mut self, value: impl ::forma_core::schema::EnumArg<OnStackFailure>) -> Self {
        self.props.set_at(8, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of an IAM role that CloudFormation assumes when executing the change set.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Key-value pairs to associate with the change set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that contains the body of the revised template.
    ///
    /// Allowed: length 1 to any.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_body(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The URL of the file that contains the revised template.
    ///
    /// Allowed: length 1 to 5120.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn template_url(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(13, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Whether to reuse the template associated with the stack to create the change set.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn use_previous_template(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(14, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ChangeSet {
    type Attributes = ChangeSetAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::ChangeSet"
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
/// The attributes of a `AWS::CloudFormation::ChangeSet` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChangeSetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChangeSetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChangeSetAttributes {
    /// `Fn::GetAtt` `ChangeSetId`.
    pub fn change_set_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChangeSetId")
    }
    /// `Fn::GetAtt` `StackId`.
    pub fn stack_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StackId")
    }
    /// `Fn::GetAtt` `CreationTime`.
    pub fn creation_time(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationTime")
    }
}

/// The values CloudFormation documents: `CAPABILITY_IAM`, `CAPABILITY_NAMED_IAM`, `CAPABILITY_AUTO_EXPAND`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Capabilities {
    /// `CAPABILITY_IAM`
    CapabilityIam,
    /// `CAPABILITY_NAMED_IAM`
    CapabilityNamedIam,
    /// `CAPABILITY_AUTO_EXPAND`
    CapabilityAutoExpand,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Capabilities {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CapabilityIam => "CAPABILITY_IAM",
            Self::CapabilityNamedIam => "CAPABILITY_NAMED_IAM",
            Self::CapabilityAutoExpand => "CAPABILITY_AUTO_EXPAND",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]
    }
}
impl ::std::convert::From<Capabilities> for ::forma_core::Value<Capabilities> {
    fn from(v: Capabilities) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Capabilities {}

/// The values CloudFormation documents: `CREATE`, `UPDATE`, `IMPORT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChangeSetType {
    /// `CREATE`
    Create,
    /// `UPDATE`
    Update,
    /// `IMPORT`
    Import,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ChangeSetType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "CREATE",
            Self::Update => "UPDATE",
            Self::Import => "IMPORT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CREATE", "UPDATE", "IMPORT"]
    }
}
impl ::std::convert::From<ChangeSetType> for ::forma_core::Value<ChangeSetType> {
    fn from(v: ChangeSetType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ChangeSetType {}

/// The values CloudFormation documents: `REVERT_DRIFT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeploymentMode {
    /// `REVERT_DRIFT`
    RevertDrift,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DeploymentMode {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RevertDrift => "REVERT_DRIFT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["REVERT_DRIFT"]
    }
}
impl ::std::convert::From<DeploymentMode> for ::forma_core::Value<DeploymentMode> {
    fn from(v: DeploymentMode) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DeploymentMode {}

/// The values CloudFormation documents: `DO_NOTHING`, `ROLLBACK`, `DELETE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnStackFailure {
    /// `DO_NOTHING`
    DoNothing,
    /// `ROLLBACK`
    Rollback,
    /// `DELETE`
    Delete,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OnStackFailure {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNothing => "DO_NOTHING",
            Self::Rollback => "ROLLBACK",
            Self::Delete => "DELETE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DO_NOTHING", "ROLLBACK", "DELETE"]
    }
}
impl ::std::convert::From<OnStackFailure> for ::forma_core::Value<OnStackFailure> {
    fn from(v: OnStackFailure) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OnStackFailure {}

/// The `Tags` property type of `AWS::CloudFormation::ChangeSet`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
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
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::CloudFormation::ChangeSet`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::ChangeSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Capabilities",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Enum(&[
                    "CAPABILITY_IAM",
                    "CAPABILITY_NAMED_IAM",
                    "CAPABILITY_AUTO_EXPAND",
                ]),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ChangeSetName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][-a-zA-Z0-9]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ChangeSetType",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["CREATE", "UPDATE", "IMPORT"]),
        },
        ::forma_core::schema::Property {
            name: "DeploymentMode",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["REVERT_DRIFT"]),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "ImportExistingResources",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "IncludeNestedStacks",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "NotificationARNs",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "OnStackFailure",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DO_NOTHING", "ROLLBACK", "DELETE"]),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(20),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "StackName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([a-zA-Z][-a-zA-Z0-9]*)|(arn:\\b(aws|aws-us-gov|aws-cn)\\b:[-a-zA-Z0-9:/._+]*)$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateBody",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateURL",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(5120),
            }),
        },
        ::forma_core::schema::Property {
            name: "UsePreviousTemplate",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Boolean,
        },
    ],
    rules: &[],
    attributes: &["ChangeSetId", "StackId", "CreationTime"],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CloudFormation::ChangeSet.Tags",
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
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
