// @generated from AWS::MediaPackage::Channel (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackage::Channel` and its property types.

/// Resource schema for AWS::MediaPackage::Channel
///
/// CloudFormation type `AWS::MediaPackage::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    props: ::forma_core::schema::Props,
}
impl Channel {
    /// A new resource with its required properties: `Id`.
    #[track_caller]
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A short text description of the Channel.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration parameters for egress access logging.
    #[track_caller]
    pub fn egress_access_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An HTTP Live Streaming (HLS) ingest resource configuration.
    #[track_caller]
    pub fn hls_ingest(mut self, value: impl ::std::convert::Into<::forma_core::Value<HlsIngest>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The configuration parameters for egress access logging.
    #[track_caller]
    pub fn ingress_access_logs(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<LogConfiguration>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Channel {
    type Attributes = ChannelAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackage::Channel"
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
/// The attributes of a `AWS::MediaPackage::Channel` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ChannelAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ChannelAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ChannelAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `HlsIngest.ingestEndpoints.*.Id`.
    pub fn hls_ingest_ingest_endpoints_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HlsIngest.ingestEndpoints.*.Id")
    }
    /// `Fn::GetAtt` `HlsIngest.ingestEndpoints.*.Username`.
    pub fn hls_ingest_ingest_endpoints_username(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HlsIngest.ingestEndpoints.*.Username")
    }
    /// `Fn::GetAtt` `HlsIngest.ingestEndpoints.*.Password`.
    pub fn hls_ingest_ingest_endpoints_password(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HlsIngest.ingestEndpoints.*.Password")
    }
    /// `Fn::GetAtt` `HlsIngest.ingestEndpoints.*.Url`.
    pub fn hls_ingest_ingest_endpoints_url(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "HlsIngest.ingestEndpoints.*.Url")
    }
}

/// The `LogConfiguration` property type of `AWS::MediaPackage::Channel`.
#[derive(Debug, Clone, PartialEq)]
pub struct LogConfiguration {
    props: ::forma_core::schema::Props,
}
impl LogConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Sets a custom AWS CloudWatch log group name for access logs.
    ///
    /// Allowed: length 1 to 256.
    pub fn log_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for LogConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<LogConfiguration> for ::forma_core::Value<LogConfiguration> {
    fn from(v: LogConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOG_CONFIGURATION_TYPE.properties))
    }
}

/// An HTTP Live Streaming (HLS) ingest resource configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct HlsIngest {
    props: ::forma_core::schema::Props,
}
impl HlsIngest {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// A list of endpoints to which the source stream should be sent.
    pub fn ingest_endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<IngestEndpoint>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HlsIngest {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HlsIngest> for ::forma_core::Value<HlsIngest> {
    fn from(v: HlsIngest) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HLS_INGEST_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackage::Channel`.
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

/// An endpoint for ingesting source content for a Channel.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestEndpoint {
    props: ::forma_core::schema::Props,
}
impl IngestEndpoint {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The system generated unique identifier for the IngestEndpoint
    pub fn id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The system generated password for ingest authentication.
    pub fn password(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ingest URL to which the source stream should be sent.
    pub fn url(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The system generated username for ingest authentication.
    pub fn username(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for IngestEndpoint {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<IngestEndpoint> for ::forma_core::Value<IngestEndpoint> {
    fn from(v: IngestEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INGEST_ENDPOINT_TYPE.properties))
    }
}

/// The schema of `AWS::MediaPackage::Channel`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackage::Channel",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "EgressAccessLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "HlsIngest",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HLS_INGEST_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A[0-9a-zA-Z-_]+\\Z"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "IngressAccessLogs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOG_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "HlsIngest.ingestEndpoints.*.Id",
        "HlsIngest.ingestEndpoints.*.Username",
        "HlsIngest.ingestEndpoints.*.Password",
        "HlsIngest.ingestEndpoints.*.Url",
    ],
};

static LOG_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Channel.LogConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "LogGroupName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("\\A^(\\/aws\\/MediaPackage\\/)[a-zA-Z0-9_-]+\\Z"),
            min_length: Some(1),
            max_length: Some(256),
        }),
    }],
    rules: &[],
};

static HLS_INGEST_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Channel.HlsIngest",
    properties: &[::forma_core::schema::Property {
        name: "ingestEndpoints",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&INGEST_ENDPOINT_TYPE),
            ::forma_core::schema::ListRule { min_items: None, max_items: None },
        ),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Channel.Tag",
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

static INGEST_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Channel.IngestEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Password",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Username",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
