// @generated from AWS::ApiGateway::DomainNameAccessAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ApiGateway::DomainNameAccessAssociation` and its property types.

/// Resource Type definition for AWS::ApiGateway::DomainNameAccessAssociation.
///
/// CloudFormation type `AWS::ApiGateway::DomainNameAccessAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainNameAccessAssociation {
    props: ::forma_core::schema::Props,
}
impl DomainNameAccessAssociation {
    /// A new resource with its required properties: `AccessAssociationSource`, `AccessAssociationSourceType`, `DomainNameArn`.
    #[track_caller]
    pub fn new(
        access_association_source: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        access_association_source_type: impl ::forma_core::schema::EnumArg<AccessAssociationSourceType>,
        domain_name_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, access_association_source.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, access_association_source_type.into_enum_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_name_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of arbitrary tags (key-value pairs) to associate with the domainname access association.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DomainNameAccessAssociation {
    type Attributes = DomainNameAccessAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::ApiGateway::DomainNameAccessAssociation"
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
/// The attributes of a `AWS::ApiGateway::DomainNameAccessAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DomainNameAccessAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DomainNameAccessAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DomainNameAccessAssociationAttributes {
    /// `Fn::GetAtt` `DomainNameAccessAssociationArn`.
    pub fn domain_name_access_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainNameAccessAssociationArn")
    }
}

/// The values CloudFormation documents: `VPCE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AccessAssociationSourceType {
    /// `VPCE`
    Vpce,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl AccessAssociationSourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpce => "VPCE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["VPCE"]
    }
}
impl ::std::convert::From<AccessAssociationSourceType> for ::forma_core::Value<AccessAssociationSourceType> {
    fn from(v: AccessAssociationSourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for AccessAssociationSourceType {}

/// The `Tag` property type of `AWS::ApiGateway::DomainNameAccessAssociation`.
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

/// The schema of `AWS::ApiGateway::DomainNameAccessAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ApiGateway::DomainNameAccessAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessAssociationSource",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AccessAssociationSourceType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["VPCE"]),
        },
        ::forma_core::schema::Property {
            name: "DomainNameArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
    attributes: &["DomainNameAccessAssociationArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ApiGateway::DomainNameAccessAssociation.Tag",
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
