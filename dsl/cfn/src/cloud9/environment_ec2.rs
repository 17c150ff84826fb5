// @generated from AWS::Cloud9::EnvironmentEC2 (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Cloud9::EnvironmentEC2` and its property types.

/// Resource Type definition for AWS::Cloud9::EnvironmentEC2
///
/// CloudFormation type `AWS::Cloud9::EnvironmentEC2`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvironmentEc2 {
    props: ::forma_core::schema::Props,
}
impl EnvironmentEc2 {
    /// A new resource.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of minutes until the running instance is shut down after the environment was last used.
    ///
    /// Allowed: 0 to 20160.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn automatic_stop_time_minutes(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The connection type used for connecting to an Amazon EC2 environment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connection_type(mut self, value: impl ::forma_core::schema::EnumArg<ConnectionType>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the environment.
    ///
    /// Allowed: length 1 to 200.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The identifier for the Amazon Machine Image (AMI) that's used to create the EC2 instance.
    ///
    /// Allowed: length 0 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn image_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The type of instance to connect to the environment.
    ///
    /// Allowed: length 5 to 20.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the environment.
    ///
    /// Allowed: length 1 to 60.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the environment owner.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn owner_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Any AWS CodeCommit source code repositories to be cloned into the development environment.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn repositories(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Repository>>>,
    ) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of the subnet in Amazon VPC that AWS Cloud9 will use.
    ///
    /// Allowed: length 15 to 24.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs that will be associated with the new AWS Cloud9 development environment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for EnvironmentEc2 {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for EnvironmentEc2 {
    type Attributes = EnvironmentEc2Attributes;
    fn type_name(&self) -> &str {
        "AWS::Cloud9::EnvironmentEC2"
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
/// The attributes of a `AWS::Cloud9::EnvironmentEC2` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct EnvironmentEc2Attributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for EnvironmentEc2Attributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl EnvironmentEc2Attributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
}

/// The values CloudFormation documents: `CONNECT_SSH`, `CONNECT_SSM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ConnectionType {
    /// `CONNECT_SSH`
    ConnectSsh,
    /// `CONNECT_SSM`
    ConnectSsm,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ConnectionType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectSsh => "CONNECT_SSH",
            Self::ConnectSsm => "CONNECT_SSM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONNECT_SSH", "CONNECT_SSM"]
    }
}
impl ::std::convert::From<ConnectionType> for ::forma_core::Value<ConnectionType> {
    fn from(v: ConnectionType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ConnectionType {}

/// The `Repository` property type of `AWS::Cloud9::EnvironmentEC2`.
#[derive(Debug, Clone, PartialEq)]
pub struct Repository {
    props: ::forma_core::schema::Props,
}
impl Repository {
    /// A new value with its required properties: `PathComponent`, `RepositoryUrl`.
    pub fn new(
        path_component: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        repository_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, path_component.into().into_expr());
        props.set(1, repository_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Repository> for ::forma_core::Value<Repository> {
    fn from(v: Repository) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(REPOSITORY_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Cloud9::EnvironmentEC2`.
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

/// The schema of `AWS::Cloud9::EnvironmentEC2`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::Cloud9::EnvironmentEC2",
properties: &[
::forma_core::schema::Property { name: "AutomaticStopTimeMinutes", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(20160.0) }) },
::forma_core::schema::Property { name: "ConnectionType", required: false, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["CONNECT_SSH", "CONNECT_SSM"]) },
::forma_core::schema::Property { name: "Description", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(200) }) },
::forma_core::schema::Property { name: "ImageId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(0), max_length: Some(512) }) },
::forma_core::schema::Property { name: "InstanceType", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-z]+[1-9][.][a-z0-9]+$"), min_length: Some(5), max_length: Some(20) }) },
::forma_core::schema::Property { name: "Name", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: None, min_length: Some(1), max_length: Some(60) }) },
::forma_core::schema::Property { name: "OwnerArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):(iam|sts)::\\d+:(root|(user\\/[\\w+=/:,.@-]{1,64}|federated-user\\/[\\w+=/:,.@-]{2,32}|assumed-role\\/[\\w+=:,.@-]{1,64}\\/[\\w+=,.@-]{1,64}))$"), min_length: None, max_length: None }) },
::forma_core::schema::Property { name: "Repositories", required: false, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&REPOSITORY_TYPE), ::forma_core::schema::ListRule { min_items: None, max_items: None }) },
::forma_core::schema::Property { name: "SubnetId", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(subnet-[0-9a-f]{8}|subnet-[0-9a-f]{17})$"), min_length: Some(15), max_length: Some(24) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) }) },
],
rules: &[],
attributes: &["Arn", "EnvironmentId"],
};

static REPOSITORY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cloud9::EnvironmentEC2.Repository",
    properties: &[
        ::forma_core::schema::Property {
            name: "PathComponent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "RepositoryUrl",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1000),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Cloud9::EnvironmentEC2.Tag",
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
