// @generated from AWS::DataSync::LocationFSxWindows (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataSync::LocationFSxWindows` and its property types.

/// Resource Type definition for AWS::DataSync::LocationFSxWindows.
///
/// CloudFormation type `AWS::DataSync::LocationFSxWindows`.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationFSxWindows {
    props: ::forma_core::schema::Props,
}
impl LocationFSxWindows {
    /// A new resource with its required properties: `SecurityGroupArns`, `User`.
    #[track_caller]
    pub fn new(
        security_group_arns: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        user: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, security_group_arns.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, user.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
    #[track_caller]
    pub fn cmk_secret_config(mut self, value: impl ::std::convert::Into<::forma_core::Value<CmkSecretConfig>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
    #[track_caller]
    pub fn custom_secret_config(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<CustomSecretConfig>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the Windows domain that the FSx for Windows server belongs to.
    ///
    /// Allowed: length 0 to 253.
    #[track_caller]
    pub fn domain(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) for the FSx for Windows file system.
    ///
    /// Allowed: length 0 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn fsx_filesystem_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The password of the user who has the permissions to access files and folders in the FSx for Windows file system.
    ///
    /// Allowed: length 0 to 104.
    #[track_caller]
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A subdirectory in the location's path.
    ///
    /// Allowed: length 0 to 4096.
    #[track_caller]
    pub fn subdirectory(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LocationFSxWindows {
    type Attributes = LocationFSxWindowsAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataSync::LocationFSxWindows"
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
/// The attributes of a `AWS::DataSync::LocationFSxWindows` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LocationFSxWindowsAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LocationFSxWindowsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl LocationFSxWindowsAttributes {
    /// `Fn::GetAtt` `LocationArn`.
    pub fn location_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationArn")
    }
    /// `Fn::GetAtt` `LocationUri`.
    pub fn location_uri(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LocationUri")
    }
    /// `Fn::GetAtt` `ManagedSecretConfig`.
    pub fn managed_secret_config(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ManagedSecretConfig")
    }
    /// `Fn::GetAtt` `CmkSecretConfig.SecretArn`.
    pub fn cmk_secret_config_secret_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CmkSecretConfig.SecretArn")
    }
}

/// Specifies configuration information for a DataSync-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and a customer-managed AWS KMS key.
#[derive(Debug, Clone, PartialEq)]
pub struct CmkSecretConfig {
    props: ::forma_core::schema::Props,
}
impl CmkSecretConfig {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies the ARN for the customer-managed AWS KMS key used to encrypt the secret specified for SecretArn.
    ///
    /// Allowed: length 0 to 2048.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
    ///
    /// Allowed: length 0 to 2048.
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for CmkSecretConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<CmkSecretConfig> for ::forma_core::Value<CmkSecretConfig> {
    fn from(v: CmkSecretConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CMK_SECRET_CONFIG_TYPE.properties))
    }
}

/// Specifies configuration information for a customer-managed secret, such as an authentication token or set of credentials that DataSync uses to access a specific transfer location, and an IAM role that DataSync can assume and access the customer-managed secret.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomSecretConfig {
    props: ::forma_core::schema::Props,
}
impl CustomSecretConfig {
    /// A new value with its required properties: `SecretAccessRoleArn`, `SecretArn`.
    pub fn new(
        secret_access_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        secret_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, secret_access_role_arn.into().into_expr());
        props.set(1, secret_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<CustomSecretConfig> for ::forma_core::Value<CustomSecretConfig> {
    fn from(v: CustomSecretConfig) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CUSTOM_SECRET_CONFIG_TYPE.properties))
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

/// The schema of `AWS::DataSync::LocationFSxWindows`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::DataSync::LocationFSxWindows",
properties: &[
::forma_core::schema::Property { name: "CmkSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CMK_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "CustomSecretConfig", required: false, create_only: false, shape: ::forma_core::schema::Shape::Object(&CUSTOM_SECRET_CONFIG_TYPE) },
::forma_core::schema::Property { name: "Domain", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$"), min_length: Some(0), max_length: Some(253) }) },
::forma_core::schema::Property { name: "FsxFilesystemArn", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):fsx:[a-z\\-0-9]*:[0-9]{12}:file-system/fs-.*$"), min_length: Some(0), max_length: Some(128) }) },
::forma_core::schema::Property { name: "Password", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^.{0,104}$"), min_length: None, max_length: Some(104) }) },
::forma_core::schema::Property { name: "SecurityGroupArns", required: true, create_only: true, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):ec2:[a-z\\-0-9]*:[0-9]{12}:security-group/.*$"), min_length: Some(0), max_length: Some(128) }), ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) }) },
::forma_core::schema::Property { name: "Subdirectory", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$"), min_length: Some(0), max_length: Some(4096) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
::forma_core::schema::Property { name: "User", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^[^\\x5B\\x5D\\\\/:;|=,+*?]{1,104}$"), min_length: None, max_length: Some(104) }) },
],
rules: &[],
attributes: &["LocationArn", "LocationUri", "ManagedSecretConfig", "CmkSecretConfig.SecretArn"],
};

static CMK_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationFSxWindows.CmkSecretConfig",
properties: &[
::forma_core::schema::Property { name: "KmsKeyArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static CUSTOM_SECRET_CONFIG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataSync::LocationFSxWindows.CustomSecretConfig",
properties: &[
::forma_core::schema::Property { name: "SecretAccessRoleArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "SecretArn", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$"), min_length: Some(0), max_length: Some(2048) }) },
],
rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataSync::LocationFSxWindows.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9\\s+=._:@/-]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
