// @generated from AWS::SES::ReceiptFilter (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::ReceiptFilter` and its property types.

/// Resource Type definition for AWS::SES::ReceiptFilter
///
/// CloudFormation type `AWS::SES::ReceiptFilter`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiptFilter {
    props: ::forma_core::schema::Props,
}
impl ReceiptFilter {
    /// A new resource with its required properties: `Filter`.
    #[track_caller]
    pub fn new(filter: impl ::std::convert::Into<::forma_core::Value<Filter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, filter.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ReceiptFilter {
    type Attributes = ReceiptFilterAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::ReceiptFilter"
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
/// The attributes of a `AWS::SES::ReceiptFilter` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ReceiptFilterAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ReceiptFilterAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ReceiptFilterAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// A structure that describes the IP address filter to create, which consists of a name, an IP address range, and whether to allow or block mail from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    props: ::forma_core::schema::Props,
}
impl Filter {
    /// A new value with its required properties: `IpFilter`.
    pub fn new(ip_filter: impl ::std::convert::Into<::forma_core::Value<IpFilter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, ip_filter.into().into_expr());
        Self { props }
    }
    /// The name of the IP address filter.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Filter> for ::forma_core::Value<Filter> {
    fn from(v: Filter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FILTER_TYPE.properties))
    }
}

/// The values CloudFormation documents: `Allow`, `Block`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Policy {
    /// `Allow`
    Allow,
    /// `Block`
    Block,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Policy {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "Allow",
            Self::Block => "Block",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Allow", "Block"]
    }
}
impl ::std::convert::From<Policy> for ::forma_core::Value<Policy> {
    fn from(v: Policy) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Policy {}

/// A structure that provides the IP addresses to block or allow, and whether to block or allow incoming mail from them.
#[derive(Debug, Clone, PartialEq)]
pub struct IpFilter {
    props: ::forma_core::schema::Props,
}
impl IpFilter {
    /// A new value with its required properties: `Cidr`, `Policy`.
    pub fn new(
        cidr: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        policy: impl ::forma_core::schema::EnumArg<Policy>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, cidr.into().into_expr());
        props.set(1, policy.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<IpFilter> for ::forma_core::Value<IpFilter> {
    fn from(v: IpFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(IP_FILTER_TYPE.properties))
    }
}

/// The schema of `AWS::SES::ReceiptFilter`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::ReceiptFilter",
    properties: &[::forma_core::schema::Property {
        name: "Filter",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::Object(&FILTER_TYPE),
    }],
    rules: &[],
    attributes: &["Id"],
};

static FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptFilter.Filter",
    properties: &[
        ::forma_core::schema::Property {
            name: "IpFilter",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&IP_FILTER_TYPE),
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

static IP_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::ReceiptFilter.IpFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "Cidr",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Policy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Allow", "Block"]),
        },
    ],
    rules: &[],
};
