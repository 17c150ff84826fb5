// @generated from AWS::MWAAServerless::Workflow (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MWAAServerless::Workflow` and its property types.

/// Resource Type definition for AWS::MWAAServerless::Workflow resource
///
/// CloudFormation type `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct Workflow {
    props: ::forma_core::schema::Props,
}
impl Workflow {
    /// A new resource with its required properties: `DefinitionS3Location`, `RoleArn`.
    #[track_caller]
    pub fn new(
        definition_s3_location: impl ::std::convert::Into<::forma_core::Value<S3Location>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, definition_s3_location.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The location of code artifacts in Amazon S3 for the workflow.
    #[track_caller]
    pub fn code(mut self, value: impl ::std::convert::Into<::forma_core::Value<Code>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 1024.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `EncryptionConfiguration`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn encryption_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<EncryptionConfiguration>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `LoggingConfiguration`.
    #[track_caller]
    pub fn logging_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LoggingConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `NetworkConfiguration`.
    #[track_caller]
    pub fn network_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NetworkConfiguration>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A map of key-value pairs to be applied as tags
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `TriggerMode`.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn trigger_mode(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Workflow {
    type Attributes = WorkflowAttributes;
    fn type_name(&self) -> &str {
        "AWS::MWAAServerless::Workflow"
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
/// The attributes of a `AWS::MWAAServerless::Workflow` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WorkflowAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WorkflowAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl WorkflowAttributes {
    /// `Fn::GetAtt` `WorkflowArn`.
    pub fn workflow_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkflowArn")
    }
    /// `Fn::GetAtt` `WorkflowVersion`.
    pub fn workflow_version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkflowVersion")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `ModifiedAt`.
    pub fn modified_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ModifiedAt")
    }
    /// `Fn::GetAtt` `WorkflowStatus`.
    pub fn workflow_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "WorkflowStatus")
    }
    /// `Fn::GetAtt` `ScheduleConfiguration`.
    pub fn schedule_configuration(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ScheduleConfiguration")
    }
    /// `Fn::GetAtt` `CodeSnapshottedAt`.
    pub fn code_snapshotted_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CodeSnapshottedAt")
    }
}

/// The location of code artifacts in Amazon S3 for the workflow.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    props: ::forma_core::schema::Props,
}
impl Code {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `S3Location`.
    pub fn s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<CodeS3Location>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Code {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Code> for ::forma_core::Value<Code> {
    fn from(v: Code) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_TYPE.properties))
    }
}

/// The `S3Location` property type of `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `Bucket`, `ObjectKey`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, object_key.into().into_expr());
        Self { props }
    }
    /// `VersionId`.
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_MANAGED_KEY`, `CUSTOMER_MANAGED_KEY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `AWS_MANAGED_KEY`
    AwsManagedKey,
    /// `CUSTOMER_MANAGED_KEY`
    CustomerManagedKey,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Type {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsManagedKey => "AWS_MANAGED_KEY",
            Self::CustomerManagedKey => "CUSTOMER_MANAGED_KEY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_MANAGED_KEY", "CUSTOMER_MANAGED_KEY"]
    }
}
impl ::std::convert::From<Type> for ::forma_core::Value<Type> {
    fn from(v: Type) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Type {}

/// The `EncryptionConfiguration` property type of `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl EncryptionConfiguration {
    /// A new value with its required properties: `Type`.
    pub fn new(type_: impl ::forma_core::schema::EnumArg<Type>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, type_.into_enum_expr());
        Self { props }
    }
    /// `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<EncryptionConfiguration> for ::forma_core::Value<EncryptionConfiguration> {
    fn from(v: EncryptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ENCRYPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `LoggingConfiguration` property type of `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggingConfiguration {
    props: ::forma_core::schema::Props,
}
impl LoggingConfiguration {
    /// A new value with its required properties: `LogGroupName`.
    pub fn new(log_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, log_group_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<LoggingConfiguration> for ::forma_core::Value<LoggingConfiguration> {
    fn from(v: LoggingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOGGING_CONFIGURATION_TYPE.properties))
    }
}

/// The `NetworkConfiguration` property type of `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkConfiguration {
    props: ::forma_core::schema::Props,
}
impl NetworkConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SubnetIds`.
    pub fn subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for NetworkConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<NetworkConfiguration> for ::forma_core::Value<NetworkConfiguration> {
    fn from(v: NetworkConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NETWORK_CONFIGURATION_TYPE.properties))
    }
}

/// The `CodeS3Location` property type of `AWS::MWAAServerless::Workflow`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeS3Location {
    props: ::forma_core::schema::Props,
}
impl CodeS3Location {
    /// A new value with its required properties: `Bucket`, `ObjectKey`.
    pub fn new(
        bucket: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket.into().into_expr());
        props.set(1, object_key.into().into_expr());
        Self { props }
    }
    /// `VersionId`.
    ///
    /// Allowed: length 1 to 1024.
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CodeS3Location> for ::forma_core::Value<CodeS3Location> {
    fn from(v: CodeS3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CODE_S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::MWAAServerless::Workflow`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::MWAAServerless::Workflow",
properties: &[
::forma_core::schema::Property { name: "Code", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CODE_TYPE) },
::forma_core::schema::Property { name: "DefinitionS3Location", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.+$"), min_length: Some(1), max_length: Some(1024) }) },
::forma_core::schema::Property { name: "EncryptionConfiguration", required: false, create_only: true, shape: ::forma_core::schema::Shape::Object(&ENCRYPTION_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "LoggingConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&LOGGING_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*$"), min_length: Some(1), max_length: Some(255) }) },
::forma_core::schema::Property { name: "NetworkConfiguration", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&NETWORK_CONFIGURATION_TYPE) },
::forma_core::schema::Property { name: "RoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:iam::[0-9]{12}:role(/[a-zA-Z0-9+=,.@_-]{1,512})*?/[a-zA-Z0-9+=,.@_-]{1,64}$"), min_length: Some(1), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(256) })) },
::forma_core::schema::Property { name: "TriggerMode", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(255) }) },
],
rules: &[],
attributes: &["WorkflowArn", "WorkflowVersion", "CreatedAt", "ModifiedAt", "WorkflowStatus", "ScheduleConfiguration", "CodeSnapshottedAt"],
};

static CODE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.Code",
    properties: &[::forma_core::schema::Property {
        name: "S3Location",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&CODE_S3_LOCATION_TYPE),
    }],
    rules: &[],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ENCRYPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.EncryptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["AWS_MANAGED_KEY", "CUSTOMER_MANAGED_KEY"]),
        },
    ],
    rules: &[],
};

static LOGGING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.LoggingConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupName",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: Some(1),
            max_length: None,
        }),
    }],
    rules: &[],
};

static NETWORK_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.NetworkConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "SecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^sg-[a-z0-9]*$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^subnet-[a-z0-9]*$"),
                    min_length: Some(1),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static CODE_S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MWAAServerless::Workflow.CodeS3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Bucket",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
    ],
    rules: &[],
};
