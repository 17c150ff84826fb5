// @generated from AWS::VpcLattice::Listener (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::Listener` and its property types.

/// Creates a listener for a service.
///
/// CloudFormation type `AWS::VpcLattice::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct Listener {
    props: ::forma_core::schema::Props,
}
impl Listener {
    /// A new resource with its required properties: `DefaultAction`, `Protocol`.
    #[track_caller]
    pub fn new(
        default_action: impl ::std::convert::Into<::forma_core::Value<DefaultAction>>,
        protocol: impl ::forma_core::schema::EnumArg<Protocol>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, default_action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, protocol.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Name`.
    ///
    /// Allowed: length 3 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Port`.
    ///
    /// Allowed: 1 to 65535.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceIdentifier`.
    ///
    /// Allowed: length 21 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Listener {
    type Attributes = ListenerAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::Listener"
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
/// The attributes of a `AWS::VpcLattice::Listener` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ListenerAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ListenerAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ListenerAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ServiceArn`.
    pub fn service_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceArn")
    }
    /// `Fn::GetAtt` `ServiceId`.
    pub fn service_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ServiceId")
    }
}

/// The values CloudFormation documents: `HTTP`, `HTTPS`, `TLS_PASSTHROUGH`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// `HTTP`
    Http,
    /// `HTTPS`
    Https,
    /// `TLS_PASSTHROUGH`
    TlsPassthrough,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Protocol {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "HTTP",
            Self::Https => "HTTPS",
            Self::TlsPassthrough => "TLS_PASSTHROUGH",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["HTTP", "HTTPS", "TLS_PASSTHROUGH"]
    }
}
impl ::std::convert::From<Protocol> for ::forma_core::Value<Protocol> {
    fn from(v: Protocol) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Protocol {}

/// The `DefaultAction` property type of `AWS::VpcLattice::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultAction {
    props: ::forma_core::schema::Props,
}
impl DefaultAction {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FixedResponse`.
    pub fn fixed_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<FixedResponse>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Forward`.
    pub fn forward(mut self, value: impl ::std::convert::Into<::forma_core::Value<Forward>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for DefaultAction {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<DefaultAction> for ::forma_core::Value<DefaultAction> {
    fn from(v: DefaultAction) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEFAULT_ACTION_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::VpcLattice::Listener`.
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

/// The `FixedResponse` property type of `AWS::VpcLattice::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedResponse {
    props: ::forma_core::schema::Props,
}
impl FixedResponse {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status_code.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FixedResponse> for ::forma_core::Value<FixedResponse> {
    fn from(v: FixedResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIXED_RESPONSE_TYPE.properties))
    }
}

/// The `Forward` property type of `AWS::VpcLattice::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct Forward {
    props: ::forma_core::schema::Props,
}
impl Forward {
    /// A new value with its required properties: `TargetGroups`.
    pub fn new(
        target_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeightedTargetGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_groups.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Forward> for ::forma_core::Value<Forward> {
    fn from(v: Forward) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORWARD_TYPE.properties))
    }
}

/// The `WeightedTargetGroup` property type of `AWS::VpcLattice::Listener`.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedTargetGroup {
    props: ::forma_core::schema::Props,
}
impl WeightedTargetGroup {
    /// A new value with its required properties: `TargetGroupIdentifier`.
    pub fn new(target_group_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_group_identifier.into().into_expr());
        Self { props }
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 999.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WeightedTargetGroup> for ::forma_core::Value<WeightedTargetGroup> {
    fn from(v: WeightedTargetGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEIGHTED_TARGET_GROUP_TYPE.properties))
    }
}

/// The schema of `AWS::VpcLattice::Listener`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::Listener",
properties: &[
::forma_core::schema::Property { name: "DefaultAction", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&DEFAULT_ACTION_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!listener-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$"), min_length: Some(3), max_length: Some(63) }) },
::forma_core::schema::Property { name: "Port", required: false, create_only: true, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(65535.0) }) },
::forma_core::schema::Property { name: "Protocol", required: true, create_only: true, shape: ::forma_core::schema::Shape::Enum(&["HTTP", "HTTPS", "TLS_PASSTHROUGH"]) },
::forma_core::schema::Property { name: "ServiceIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((svc-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:service/svc-[0-9a-z]{17}))$"), min_length: Some(21), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["Arn", "Id", "ServiceArn", "ServiceId"],
};

static DEFAULT_ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Listener.DefaultAction",
    properties: &[
        ::forma_core::schema::Property {
            name: "FixedResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIXED_RESPONSE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Forward",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARD_TYPE),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Listener.Tag",
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

static FIXED_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Listener.FixedResponse",
    properties: &[::forma_core::schema::Property {
        name: "StatusCode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(100.0),
            maximum: Some(599.0),
        }),
    }],
    rules: &[],
};

static FORWARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Listener.Forward",
    properties: &[::forma_core::schema::Property {
        name: "TargetGroups",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&WEIGHTED_TARGET_GROUP_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static WEIGHTED_TARGET_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::VpcLattice::Listener.WeightedTargetGroup",
properties: &[
::forma_core::schema::Property { name: "TargetGroupIdentifier", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((tg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:targetgroup/tg-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Weight", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(999.0) }) },
],
rules: &[],
};
