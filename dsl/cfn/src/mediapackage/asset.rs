// @generated from AWS::MediaPackage::Asset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::MediaPackage::Asset` and its property types.

/// Resource schema for AWS::MediaPackage::Asset
///
/// CloudFormation type `AWS::MediaPackage::Asset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    props: ::forma_core::schema::Props,
}
impl Asset {
    /// A new resource with its required properties: `Id`, `PackagingGroupId`, `SourceArn`, `SourceRoleArn`.
    #[track_caller]
    pub fn new(
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        packaging_group_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        source_role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, packaging_group_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, source_arn.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, source_role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of egress endpoints available for the Asset.
    #[track_caller]
    pub fn egress_endpoints(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<EgressEndpoint>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The resource ID to include in SPEKE key requests.
    #[track_caller]
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A collection of tags associated with a resource
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Asset {
    type Attributes = AssetAttributes;
    fn type_name(&self) -> &str {
        "AWS::MediaPackage::Asset"
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
/// The attributes of a `AWS::MediaPackage::Asset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssetAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `EgressEndpoints.*.PackagingConfigurationId`.
    pub fn egress_endpoints_packaging_configuration_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EgressEndpoints.*.PackagingConfigurationId")
    }
    /// `Fn::GetAtt` `EgressEndpoints.*.Url`.
    pub fn egress_endpoints_url(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "EgressEndpoints.*.Url")
    }
}

/// The endpoint URL used to access an Asset using one PackagingConfiguration.
#[derive(Debug, Clone, PartialEq)]
pub struct EgressEndpoint {
    props: ::forma_core::schema::Props,
}
impl EgressEndpoint {
    /// A new value with its required properties: `PackagingConfigurationId`, `Url`.
    pub fn new(
        packaging_configuration_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, packaging_configuration_id.into().into_expr());
        props.set(1, url.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<EgressEndpoint> for ::forma_core::Value<EgressEndpoint> {
    fn from(v: EgressEndpoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EGRESS_ENDPOINT_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::MediaPackage::Asset`.
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

/// The schema of `AWS::MediaPackage::Asset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::MediaPackage::Asset",
    properties: &[
        ::forma_core::schema::Property {
            name: "EgressEndpoints",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EGRESS_ENDPOINT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PackagingGroupId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceRoleArn",
            required: true,
            create_only: false,
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
    attributes: &["Arn", "CreatedAt", "EgressEndpoints.*.PackagingConfigurationId", "EgressEndpoints.*.Url"],
};

static EGRESS_ENDPOINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Asset.EgressEndpoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "PackagingConfigurationId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Url",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::MediaPackage::Asset.Tag",
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
