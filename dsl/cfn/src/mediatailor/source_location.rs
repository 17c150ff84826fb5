// @generated from AWS::MediaTailor::SourceLocation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaTailor::SourceLocation` and its property types.

/// Definition of AWS::MediaTailor::SourceLocation Resource Type
///
/// CloudFormation type `AWS::MediaTailor::SourceLocation`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLocation {
    props: ::forma_core::schema::Props,
}
impl SourceLocation {
    /// A new resource with its required properties: `HttpConfiguration`, `SourceLocationName`.
    #[track_caller]
    pub fn new(
        http_configuration: impl ::std::convert::Into<::forma_core::Value<HttpConfiguration>>,
        source_location_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, http_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, source_location_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// <p>Access configuration parameters.</p>
    #[track_caller]
    pub fn access_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<AccessConfiguration>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>The optional configuration for a server that serves segments.
    #[track_caller]
    pub fn default_segment_delivery_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DefaultSegmentDeliveryConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// <p>A list of the segment delivery configurations associated with this resource.</p>
    #[track_caller]
    pub fn segment_delivery_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SegmentDeliveryConfiguration>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags to assign to the source location.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SourceLocation {
    type Attributes = SourceLocationAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaTailor::SourceLocation"
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
/// The attributes of a `AWS::MediaTailor::SourceLocation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SourceLocationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SourceLocationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SourceLocationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The values CloudFormation documents: `S3_SIGV4`, `SECRETS_MANAGER_ACCESS_TOKEN`, `AUTODETECT_SIGV4`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessType {
    /// `S3_SIGV4`
    S3Sigv4,
    /// `SECRETS_MANAGER_ACCESS_TOKEN`
    SecretsManagerAccessToken,
    /// `AUTODETECT_SIGV4`
    AutodetectSigv4,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S3Sigv4 => "S3_SIGV4",
            Self::SecretsManagerAccessToken => "SECRETS_MANAGER_ACCESS_TOKEN",
            Self::AutodetectSigv4 => "AUTODETECT_SIGV4",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["S3_SIGV4", "SECRETS_MANAGER_ACCESS_TOKEN", "AUTODETECT_SIGV4"]
    }
}
impl ::std::convert::From<AccessType> for ::forma_core::Value<AccessType> {
    fn from(v: AccessType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessType {}

/// <p>Access configuration parameters.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct AccessConfiguration {
    props: ::forma_core::schema::Props,
}
impl AccessConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AccessType`.
    pub fn access_type(mut self, value: impl ::forma_core::schema::EnumArg<AccessType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// <p>AWS Secrets Manager access token configuration parameters.
    pub fn secrets_manager_access_token_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<SecretsManagerAccessTokenConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AccessConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AccessConfiguration> for ::forma_core::Value<AccessConfiguration> {
    fn from(v: AccessConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The optional configuration for a server that serves segments.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultSegmentDeliveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl DefaultSegmentDeliveryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The hostname of the server that will be used to serve segments.
    pub fn base_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultSegmentDeliveryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultSegmentDeliveryConfiguration>
    for ::forma_core::Value<DefaultSegmentDeliveryConfiguration>
{
    fn from(v: DefaultSegmentDeliveryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_SEGMENT_DELIVERY_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The HTTP configuration for the source location.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct HttpConfiguration {
    props: ::forma_core::schema::Props,
}
impl HttpConfiguration {
    /// A new value with its required properties: `BaseUrl`.
    pub fn new(base_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, base_url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<HttpConfiguration> for ::forma_core::Value<HttpConfiguration> {
    fn from(v: HttpConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_CONFIGURATION_TYPE.properties))
    }
}

/// <p>The segment delivery configuration settings.</p>
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentDeliveryConfiguration {
    props: ::forma_core::schema::Props,
}
impl SegmentDeliveryConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The base URL of the host or path of the segment delivery server that you're using to serve segments.
    pub fn base_url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>A unique identifier used to distinguish between multiple segment delivery configurations in a source location.</p>
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SegmentDeliveryConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SegmentDeliveryConfiguration> for ::forma_core::Value<SegmentDeliveryConfiguration> {
    fn from(v: SegmentDeliveryConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_DELIVERY_CONFIGURATION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaTailor::SourceLocation`.
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

/// <p>AWS Secrets Manager access token configuration parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretsManagerAccessTokenConfiguration {
    props: ::forma_core::schema::Props,
}
impl SecretsManagerAccessTokenConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// <p>The name of the HTTP header used to supply the access token in requests to the source location.</p>
    pub fn header_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// <p>The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the access token.</p>
    pub fn secret_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// <p>The AWS Secrets Manager <a href="https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html#SecretsManager-CreateSecret-request-SecretString.html">SecretString</a> key associated with the access token.
    pub fn secret_string_key(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SecretsManagerAccessTokenConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SecretsManagerAccessTokenConfiguration>
    for ::forma_core::Value<SecretsManagerAccessTokenConfiguration>
{
    fn from(v: SecretsManagerAccessTokenConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SECRETS_MANAGER_ACCESS_TOKEN_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::MediaTailor::SourceLocation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaTailor::SourceLocation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DefaultSegmentDeliveryConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEFAULT_SEGMENT_DELIVERY_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HttpConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HTTP_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SegmentDeliveryConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEGMENT_DELIVERY_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceLocationName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["Arn"],
};

static ACCESS_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::SourceLocation.AccessConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["S3_SIGV4", "SECRETS_MANAGER_ACCESS_TOKEN", "AUTODETECT_SIGV4"]),
        },
        ::forma_core::schema::Property {
            name: "SecretsManagerAccessTokenConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SECRETS_MANAGER_ACCESS_TOKEN_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DEFAULT_SEGMENT_DELIVERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::SourceLocation.DefaultSegmentDeliveryConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "BaseUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static HTTP_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::SourceLocation.HttpConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "BaseUrl",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static SEGMENT_DELIVERY_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::SourceLocation.SegmentDeliveryConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "BaseUrl",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaTailor::SourceLocation.Tag",
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

static SECRETS_MANAGER_ACCESS_TOKEN_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::MediaTailor::SourceLocation.SecretsManagerAccessTokenConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "HeaderName",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SecretArn",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "SecretStringKey",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
