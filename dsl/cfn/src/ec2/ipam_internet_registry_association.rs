// @generated from AWS::EC2::IpamInternetRegistryAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::IpamInternetRegistryAssociation` and its property types.

/// An association between an IPAM and a Regional Internet Registry (RIR) for delegated Resource Public Key Infrastructure (RPKI) management.
///
/// CloudFormation type `AWS::EC2::IpamInternetRegistryAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct IpamInternetRegistryAssociation {
    props: ::forma_core::schema::Props,
}
impl IpamInternetRegistryAssociation {
    /// A new resource with its required properties: `IpamId`, `OrganizationHandle`, `Rir`.
    #[track_caller]
    pub fn new(
        ipam_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        organization_handle: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        rir: impl ::forma_core::schema::EnumArg<Rir>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, ipam_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, organization_handle.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, rir.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the internet registry association.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags assigned to the internet registry association.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for IpamInternetRegistryAssociation {
    type Attributes = IpamInternetRegistryAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::IpamInternetRegistryAssociation"
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
/// The attributes of a `AWS::EC2::IpamInternetRegistryAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IpamInternetRegistryAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IpamInternetRegistryAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IpamInternetRegistryAssociationAttributes {
    /// `Fn::GetAtt` `IpamInternetRegistryAssociationArn`.
    pub fn ipam_internet_registry_association_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamInternetRegistryAssociationArn")
    }
    /// `Fn::GetAtt` `IpamInternetRegistryAssociationId`.
    pub fn ipam_internet_registry_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamInternetRegistryAssociationId")
    }
    /// `Fn::GetAtt` `OwnerId`.
    pub fn owner_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "OwnerId")
    }
    /// `Fn::GetAtt` `IpamRegion`.
    pub fn ipam_region(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IpamRegion")
    }
    /// `Fn::GetAtt` `State`.
    pub fn state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "State")
    }
    /// `Fn::GetAtt` `ChildRequestXml`.
    pub fn child_request_xml(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ChildRequestXml")
    }
}

/// The values CloudFormation documents: `RIPE`, `APNIC`, `ARIN`, `LACNIC`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rir {
    /// `RIPE`
    Ripe,
    /// `APNIC`
    Apnic,
    /// `ARIN`
    Arin,
    /// `LACNIC`
    Lacnic,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Rir {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ripe => "RIPE",
            Self::Apnic => "APNIC",
            Self::Arin => "ARIN",
            Self::Lacnic => "LACNIC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RIPE", "APNIC", "ARIN", "LACNIC"]
    }
}
impl ::std::convert::From<Rir> for ::forma_core::Value<Rir> {
    fn from(v: Rir) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Rir {}

/// The `Tag` property type of `AWS::EC2::IpamInternetRegistryAssociation`.
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

/// The schema of `AWS::EC2::IpamInternetRegistryAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::IpamInternetRegistryAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "IpamId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OrganizationHandle",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Rir",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["RIPE", "APNIC", "ARIN", "LACNIC"]),
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
    attributes: &[
        "IpamInternetRegistryAssociationArn",
        "IpamInternetRegistryAssociationId",
        "OwnerId",
        "IpamRegion",
        "State",
        "ChildRequestXml",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::IpamInternetRegistryAssociation.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(127),
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
